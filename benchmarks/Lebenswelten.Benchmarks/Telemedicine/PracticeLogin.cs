using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Benchmarks.Http;
using Lebenswelten.Benchmarks.Infrastructure;

namespace Lebenswelten.Benchmarks.Telemedicine;

/// <summary>
/// A practice account's bearer token, as practice software gets one: POST /api/account/login with e-mail, password and
/// the current authenticator code. A code counts once per account (the app refuses a replay), so each account logs in
/// once per 30 seconds; the seed gives the wrk searches and each booking connection an account of their own.
/// </summary>
internal static class PracticeLogin
{
    /// <summary>The "tm-token" step: prints the reader's token for wrk's Authorization header.</summary>
    public static async Task<int> RunAsync(Arguments args)
    {
        using var client = new HttpClient { BaseAddress = new Uri(args.Text("url")) };
        Console.WriteLine(await TokenAsync(client, args.Text("email"), args.Text("password"), args.Text("totp")));
        return 0;
    }

    public static async Task<string> TokenAsync(HttpClient client, string email, string password, string totpSecret)
    {
        using var response = await client.PostAsJsonAsync("/api/account/login",
            new { email, password, twoFactorCode = AuthenticatorCode.Now(totpSecret) });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"login of {email}: {(int)response.StatusCode} {body}");
        }
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }
}
