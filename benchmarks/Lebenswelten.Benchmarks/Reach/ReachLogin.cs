using System.Net;
using System.Text.RegularExpressions;
using Lebenswelten.Benchmarks.Http;
using Lebenswelten.Benchmarks.Infrastructure;

namespace Lebenswelten.Benchmarks.Reach;

/// <summary>
/// Step "reach-login" of benchmarks/reach.sh: signs the evaluator in through the login form and its authenticator code
/// page, as a browser does (antiforgery tokens, cookies), checks that the given page then answers 200, and prints the
/// cookie header for wrk.
/// </summary>
internal static partial class ReachLogin
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var url = new Uri(args.Text("url"));
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = true }) { BaseAddress = url };
        var login = await client.GetStringAsync("/konto/anmelden");
        var codePage = await PostAsync(client, "/konto/anmelden", login, new()
        {
            ["Input.Email"] = ReachSeeder.EvaluatorEmail, ["Input.Password"] = ReachSeeder.EvaluatorPassword,
        });
        if (!codePage.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/konto/anmelden/code", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"reach-login: the password was not accepted (ended at {codePage.RequestMessage.RequestUri})");
            return 1;
        }
        var codeForm = await codePage.Content.ReadAsStringAsync();
        var hidden = Hidden(codeForm);
        hidden["Input.Code"] = AuthenticatorCode.Now(ReachSeeder.EvaluatorSecret);
        var done = await client.PostAsync(codePage.RequestMessage.RequestUri, new FormUrlEncodedContent(hidden));
        var check = await client.GetAsync(args.Text("check"));
        if (check.StatusCode != HttpStatusCode.OK || check.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/konto", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"reach-login: signed in ({done.StatusCode}), but {args.Text("check")} answered {(int)check.StatusCode} " +
                $"at {check.RequestMessage!.RequestUri}");
            return 1;
        }
        Console.WriteLine("Cookie: " + string.Join("; ", cookies.GetCookies(url).Select(c => $"{c.Name}={c.Value}")));
        return 0;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string form, Dictionary<string, string> values)
    {
        foreach (var (name, value) in Hidden(form))
        {
            values.TryAdd(name, value);
        }
        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    /// <summary>The hidden fields of a form (antiforgery token, return address), as the browser sends them back.</summary>
    private static Dictionary<string, string> Hidden(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputTag().Matches(html))
        {
            var attributes = Attribute().Matches(input.Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
            if (attributes.GetValueOrDefault("type") == "hidden" && attributes.TryGetValue("name", out var name))
            {
                fields.TryAdd(name, attributes.GetValueOrDefault("value") ?? "");
            }
        }
        return fields;
    }

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("([\\w.:-]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();
}
