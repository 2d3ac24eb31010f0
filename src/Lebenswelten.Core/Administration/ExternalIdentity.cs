namespace Lebenswelten.Core.Administration;

/// <summary>Who the identity provider says logged in (from a validated ID token and userinfo).</summary>
public sealed record ExternalIdentity(string Scheme, string ProviderDisplayName, string Subject, string? Email, bool EmailVerified,
    string? DisplayName);
