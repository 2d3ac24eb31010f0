namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>Section <c>Sso</c>: one entry per identity provider under <c>Sso:Providers:&lt;name&gt;</c>.</summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Sso";

    public Dictionary<string, SingleSignOnProviderOptions> Providers { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One OpenID Connect provider of one site (docs/en/operations.md, "Single sign-on").</summary>
public sealed class SingleSignOnProviderOptions
{
    /// <summary>The site (slug) whose roles this provider's claims give.</summary>
    public string? Site { get; set; }

    /// <summary>The button's text, e.g. "Stadt Jena (Dienstkonto)".</summary>
    public string? DisplayName { get; set; }

    /// <summary>Issuer URL; discovery is read from <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>The issuer the ID token must name, when it differs from <see cref="Authority"/>.</summary>
    public string? Issuer { get; set; }

    public string? ClientId { get; set; }

    /// <summary>From the operator's configuration (environment, secret store), never from the database.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Space-separated scopes; <c>openid</c> is always asked for.</summary>
    public string Scopes { get; set; } = "openid profile email";

    /// <summary>Only Development and Testing may switch this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary><c>query</c> (default) or <c>form_post</c>.</summary>
    public string ResponseMode { get; set; } = "query";

    public string EmailClaim { get; set; } = "email";
    public string EmailVerifiedClaim { get; set; } = "email_verified";

    /// <summary>
    /// The provider verifies every address it asserts (a directory of staff accounts, e.g. ADFS or Entra ID
    /// without <c>email_verified</c>): its e-mail counts as verified. Off by default.
    /// </summary>
    public bool TrustEmail { get; set; }

    public string NameClaim { get; set; } = "name";

    public List<SingleSignOnRoleMapping> RoleMappings { get; set; } = [];

    /// <summary>Any of these claims in the ID token means the provider checked a second factor (e.g. amr = mfa).</summary>
    public List<SingleSignOnClaimMatch> MfaSatisfiedBy { get; set; } = [];

    /// <summary>Logging out here also ends the session at the provider (RP-initiated logout), if it has an end_session endpoint.</summary>
    public bool SignOutAtProvider { get; set; }
}

public class SingleSignOnClaimMatch
{
    public string? Claim { get; set; }
    public string? Value { get; set; }
}

/// <summary>A claim value that gives a role at the provider's site, optionally acting for an organisation there (by name).</summary>
public sealed class SingleSignOnRoleMapping : SingleSignOnClaimMatch
{
    public string? Role { get; set; }
    public string? Organisation { get; set; }
}
