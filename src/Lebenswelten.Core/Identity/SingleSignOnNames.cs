namespace Lebenswelten.Core.Identity;

/// <summary>How a configured single sign-on provider is named in logins (AspNetUserLogins) and synced roles.</summary>
public static class SingleSignOnNames
{
    public const int MaxSchemeLength = 64;
    public const string SchemePrefix = "sso-";

    public static string Scheme(string providerName) => SchemePrefix + providerName;
}
