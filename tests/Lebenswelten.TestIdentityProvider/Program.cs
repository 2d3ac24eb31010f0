namespace Lebenswelten.TestIdentityProvider;

/// <summary>
/// Try single sign-on locally: <c>dotnet run --project tests/Lebenswelten.TestIdentityProvider</c> (docs/en/operations.md,
/// "Single sign-on"). One client "lebenswelten-local" for the app at http://localhost:5080 and one person.
/// </summary>
internal static class LocalProvider
{
    public static async Task Main()
    {
        var provider = await TestIdentityProvider.StartAsync("lebenswelten-local", "local-test-secret", "http://127.0.0.1:5099");
        provider.Client.AllowRedirect(new Uri("http://localhost:5080/signin-oidc/test"));
        provider.Client.AllowRedirect(new Uri("http://localhost:5080/signout-callback-oidc/test"));
        provider.Users.Put(new TestUser("koordination", "Test-Passwort-2026", "koordination-1")
        {
            Email = "koordination@jena.test", EmailVerified = true, Name = "Kim Koordination", Groups = ["jena-koordination"], Amr = ["pwd", "mfa"],
        });
        Console.WriteLine($"Test identity provider at {provider.Issuer} (user koordination / Test-Passwort-2026). Ctrl+C stops it.");
        await provider.WaitForShutdownAsync();
        await provider.DisposeAsync();
    }
}
