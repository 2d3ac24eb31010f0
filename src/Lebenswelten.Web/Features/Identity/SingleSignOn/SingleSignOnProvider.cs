using Lebenswelten.Core.Identity;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>A claim value that gives a role at the provider's site (optionally for an organisation there).</summary>
public sealed record SingleSignOnRoleRule(string Claim, string Value, SiteRole Role, string? Organisation);

/// <summary>A configured provider, checked at start: one authentication scheme with its own callback paths.</summary>
public sealed record SingleSignOnProvider(string Name, string Site, string DisplayName, Uri Authority, string Issuer,
    SingleSignOnProviderOptions Options, IReadOnlyList<SingleSignOnRoleRule> Roles)
{
    public string Scheme => SingleSignOnNames.Scheme(Name);
    public string CallbackPath => $"/signin-oidc/{Name}";
    public string SignedOutCallbackPath => $"/signout-callback-oidc/{Name}";
    public string RemoteSignOutPath => $"/signout-oidc/{Name}";
    public bool UsesFormPost => Options.ResponseMode == "form_post";
}
