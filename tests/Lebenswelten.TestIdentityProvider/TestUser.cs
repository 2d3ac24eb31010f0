using System.Collections.Concurrent;

namespace Lebenswelten.TestIdentityProvider;

/// <summary>A person the provider knows: what its tokens will say about them.</summary>
public sealed record TestUser(string UserName, string Password, string Subject)
{
    public string? Email { get; init; }
    public bool EmailVerified { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Authentication methods (RFC 8176), e.g. ["pwd"] or ["pwd", "mfa", "otp"].</summary>
    public IReadOnlyList<string> Amr { get; init; } = ["pwd"];

    /// <summary>
    /// How long ago the provider says the person logged in (auth_time): zero for this very login; more plays a provider
    /// that answers from an old session even when asked for a new login.
    /// </summary>
    public TimeSpan LoggedInAgo { get; init; } = TimeSpan.Zero;
}

/// <summary>The provider's people, changeable while it runs: a test adds its own, or changes their groups.</summary>
public sealed class TestUsers
{
    private readonly ConcurrentDictionary<string, TestUser> _byUserName = new(StringComparer.OrdinalIgnoreCase);

    public TestUser Put(TestUser user) => _byUserName[user.UserName] = user;

    public TestUser? Check(string? userName, string? password) =>
        userName is not null && _byUserName.TryGetValue(userName, out var user) && user.Password == password ? user : null;

    public TestUser? BySubject(string? subject) => _byUserName.Values.FirstOrDefault(u => u.Subject == subject);
}

/// <summary>The one client (the app) and where the provider may send its answers.</summary>
public sealed class TestClient(string clientId, string clientSecret)
{
    private readonly ConcurrentDictionary<string, bool> _redirectUris = new(StringComparer.Ordinal);

    public string ClientId { get; } = clientId;
    public string ClientSecret { get; } = clientSecret;

    /// <summary>Login answers and logout returns go only to addresses allowed here (exact match, as OAuth 2.1 asks).</summary>
    public void AllowRedirect(Uri uri) => _redirectUris[uri.AbsoluteUri] = true;

    public bool MayRedirectTo(string? uri) => uri is not null && _redirectUris.ContainsKey(uri);
}
