using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>
/// An app of this test class alone: the forms are posted with every kind of hostile value by people who may use
/// them, which would change the demo data other tests rely on, and the table counts below must not move meanwhile.
/// </summary>
public sealed class FormsHost : IAsyncLifetime
{
    public AppHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await AppHost.StartAsync(Core.Data.DatabaseProvider.Sqlite,
        new Dictionary<string, string?> { ["Quartz:Enabled"] = "false" });

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>
/// Every form of every page (found in the rendered pages of the endpoint catalogue, so a new form is covered by
/// itself): posted by a caller its page's access rule allows (<see cref="AuthorizationMatrixTests.Rules"/>) with hostile
/// values in every field, it answers without a 5xx; when it shows the form again (refused), no table changed and no
/// hostile value was stored; without the antiforgery token it answers 400.
/// </summary>
public sealed partial class FormBadInputTests(FormsHost forms) : IClassFixture<FormsHost>
{
    private static readonly string Marker = $"feindlich{Guid.NewGuid():N}"[..20];

    private static readonly (string Name, string Value)[] HostileValues =
    [
        ("huge string", Marker + new string('x', 20_000)), // longer than every field allows; 30 of them stay under the 1 MB body limit
        ("script", $"<script>alert('{Marker}')</script>"),
        ("SQL", $"{Marker}'; DROP TABLE \"Offerings\"; --"),
        ("negative number", "-1"),
        ("overflowing number", "99999999999999999999999"),
        ("invalid date", "2026-13-45T25:61"),
        ("unknown enum value", "Bogus" + Marker),
        ("empty", ""),
    ];

    /// <summary>Forms that end the caller's session; posting them would only test the login page from then on.</summary>
    private static readonly string[] SessionEnders = ["/konto/abmelden", "/konto/ueberall-abmelden"];

    [Fact]
    public async Task Every_form_takes_hostile_values_without_a_server_error_or_a_half_saved_change()
    {
        var host = forms.Host;
        var records = await MatrixRecords.CreateAsync(host);
        var callers = await Callers.AllAsync(host, records);
        var failures = new List<string>();
        var posted = new HashSet<string>();
        // One login per caller: the confirmation form's wrong passwords lock the account for new logins.
        var clients = new Dictionary<Caller, HttpClient>();
        var pages = EndpointCatalogue.Of(host.Services)
            .Where(e => !e.IsApi && e.Method == "GET" && AuthorizationMatrixTests.Rules.ContainsKey(e.ToString())).ToList();

        foreach (var page in pages)
        {
            // The first caller the page's rule lets in, in the order anonymous, resident, provider, …, administrator.
            var rule = AuthorizationMatrixTests.Rules[page.ToString()];
            if (callers.FirstOrDefault(c => rule.Expect(c) == Outcome.Allowed) is not { } caller)
            {
                continue;
            }
            if (!clients.TryGetValue(caller, out var client))
            {
                clients[caller] = client = await host.PageClientAsync(caller.Email);
            }
            var url = page.Url("jena", records.For(page));
            var shown = await client.GetAsync(url);
            if (shown.StatusCode != HttpStatusCode.OK)
            {
                continue; // a step that needs a state first (the second login step), or a download
            }
            var html = await shown.Content.ReadAsStringAsync();
            foreach (var form in FormsIn(html, url).Where(f => !SessionEnders.Contains(f.Action.Split('?')[0]) && posted.Add(f.Action)))
            {
                await PostHostileAsync(host, client, caller, url, form, failures);
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
        Assert.True(posted.Count >= 20, $"only {posted.Count} forms found: {string.Join(", ", posted)}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task PostHostileAsync(AppHost host, HttpClient client, Caller caller, string pageUrl, Form form, List<string> failures)
    {
        var who = $"{caller.Name} {form.Action} (on {pageUrl})";
        var withoutToken = await client.PostAsync(form.Action, new FormUrlEncodedContent(form.Fields.ToDictionary(f => f, _ => "x")));
        if (withoutToken.StatusCode != HttpStatusCode.BadRequest)
        {
            failures.Add($"{who} without antiforgery token: {(int)withoutToken.StatusCode}");
        }
        foreach (var (name, value) in HostileValues)
        {
            // A fresh token each time: a refused form may have re-rendered with one bound to the new state.
            var page = await client.GetAsync(pageUrl);
            if (page.StatusCode != HttpStatusCode.OK)
            {
                return; // an earlier submission was accepted and the page is gone (a person taken off the site)
            }
            var token = Sessions.AntiforgeryToken(await page.Content.ReadAsStringAsync());
            var before = await TablesAsync(host);
            // Huge, but the whole body below the 1 MB limit: above it the server stops reading and the upload breaks off.
            var sent = name == "huge string" ? value[..Math.Min(value.Length, 900_000 / Math.Max(1, form.Fields.Count))] : value;
            var values = form.Fields.Select(f => KeyValuePair.Create(f, sent)).Append(KeyValuePair.Create("__RequestVerificationToken", token));
            var response = await client.PostAsync(form.Action, new FormUrlEncodedContent(values));
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                failures.Add($"{who} with {name}: {status} " + host.Logs.Lines.LastOrDefault(l => l.StartsWith("Error", StringComparison.Ordinal))?.Split('\n')[0]);
            }
            else if (response.StatusCode == HttpStatusCode.OK && await TablesAsync(host) is var after && after != before)
            {
                failures.Add($"{who} with {name}: refused (form shown again) but saved: {before} → {after}");
            }
        }
    }

    /// <summary>Rows of every table a form writes to, and how many text values carry the marker.</summary>
    private static async Task<string> TablesAsync(AppHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        int[] counts =
        [
            await db.Sites.CountAsync(), await db.Organisations.CountAsync(), await db.Users.CountAsync(),
            await db.SiteRoleAssignments.CountAsync(), await db.Invitations.CountAsync(), await db.Offerings.CountAsync(),
            await db.OfferingSessions.CountAsync(), await db.Registrations.CountAsync(), await db.Attendances.CountAsync(),
            await db.Consents.CountAsync(), await db.Indicators.CountAsync(), await db.IndicatorValues.CountAsync(),
            await db.HealthGoals.CountAsync(), await db.OutboxMessages.CountAsync(),
            await db.Projects.CountAsync(), await db.FundingApplications.CountAsync(), await db.FundingSources.CountAsync(),
            await db.Budgets.CountAsync(), await db.ApplicationDocuments.CountAsync(),
            await db.GoodPracticeRatings.CountAsync(),
            await db.Sites.CountAsync(s => s.Name.Contains(Marker)) + await db.Organisations.CountAsync(o => o.Name.Contains(Marker))
                + await db.Users.CountAsync(u => u.DisplayName!.Contains(Marker) || u.Email!.Contains(Marker))
                + await db.Offerings.CountAsync(o => o.Title.Contains(Marker) || o.Description!.Contains(Marker))
                + await db.Registrations.CountAsync(r => r.Name.Contains(Marker)) + await db.HealthGoals.CountAsync(g => g.Text.Contains(Marker))
                + await db.Projects.CountAsync(p => p.Title.Contains(Marker) || p.Summary.Contains(Marker) || p.NeedEvidence.Contains(Marker))
                + await db.FundingApplications.CountAsync(a => a.Title.Contains(Marker)),
        ];
        return string.Join(",", counts);
    }

    private sealed record Form(string Action, IReadOnlyList<string> Fields);

    /// <summary>The POST forms of a page, with the names of their fields (inputs, selects, text areas).</summary>
    private static IEnumerable<Form> FormsIn(string html, string pageUrl) =>
        FormElement().Matches(html).Where(m => m.Groups["attributes"].Value.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase))
            .Select(m => new Form(
                WebUtility.HtmlDecode(ActionAttribute().Match(m.Groups["attributes"].Value) is { Success: true } action && action.Groups[1].Value.Length > 0
                    ? action.Groups[1].Value : pageUrl),
                [.. FieldName().Matches(m.Groups["body"].Value).Select(f => WebUtility.HtmlDecode(f.Groups[1].Value))
                    .Where(n => n != "__RequestVerificationToken").Distinct()]));

    [GeneratedRegex("<form(?<attributes>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex ActionAttribute();

    [GeneratedRegex("<(?:input|select|textarea)[^>]*\\sname=\"([^\"]+)\"")]
    private static partial Regex FieldName();
}
