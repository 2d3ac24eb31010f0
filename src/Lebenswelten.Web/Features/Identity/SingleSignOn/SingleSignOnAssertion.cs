using System.Security.Claims;
using Lebenswelten.Core.Administration;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>What a provider's validated claims say, read by the provider's own settings.</summary>
public sealed record SingleSignOnAssertion(ExternalIdentity Identity, IReadOnlyList<MappedRole> Roles, bool MultiFactor)
{
    public static SingleSignOnAssertion? Read(ClaimsPrincipal principal, SingleSignOnProvider provider)
    {
        var settings = provider.Options;
        if (principal.FindFirstValue("sub") is not { Length: > 0 } subject)
        {
            return null;
        }
        var email = principal.FindFirstValue(settings.EmailClaim)?.Trim();
        var verified = settings.TrustEmail || bool.TryParse(principal.FindFirstValue(settings.EmailVerifiedClaim), out var v) && v;
        var identity = new ExternalIdentity(provider.Scheme, provider.DisplayName, subject, email is { Length: > 0 } ? email : null,
            verified, principal.FindFirstValue(settings.NameClaim)?.Trim());
        var roles = provider.Roles.Where(r => Has(principal, r.Claim, r.Value))
            .Select(r => new MappedRole(r.Role, r.Organisation)).Distinct().ToList();
        var multiFactor = settings.MfaSatisfiedBy.Any(m => Has(principal, m.Claim!, m.Value!));
        return new SingleSignOnAssertion(identity, roles, multiFactor);
    }

    // Exact, case-sensitive values: "jena-koordination" must not match "Jena-Koordination-alt" or a prefix.
    private static bool Has(ClaimsPrincipal principal, string claim, string value) =>
        principal.FindAll(claim).Any(c => string.Equals(c.Value, value, StringComparison.Ordinal));
}
