using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Lebenswelten.Web.Tests.Offerings;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>
/// Budgets are per client address, so each test calls from its own loopback address (127.0.0.x) and
/// starts with full budgets whatever ran before it.
/// </summary>
public sealed class RateLimitingTests(LimitedAppHost limited) : IClassFixture<LimitedAppHost>
{
    private const int Over = LimitedAppHost.Limit + 1;
    private AppHost Host => limited.Host;

    [Fact]
    public async Task Login_attempts_over_the_limit_get_429_with_retry_after_and_search_keeps_its_own_budget()
    {
        using var client = ClientFrom(11);
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < Over; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/account/login", new { email = "niemand@example.org", password = "falsch-geraten" }));
        }

        Assert.All(answers[..^1], a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        await ProblemAssert.IsProblemAsync(answers[^1], HttpStatusCode.TooManyRequests);
        AssertRetryAfter(answers[^1]);
        using var problem = JsonDocument.Parse(await answers[^1].Content.ReadAsStringAsync());
        Assert.Equal("TooManyRequests", problem.RootElement.GetProperty("code").GetString());
        Assert.StartsWith("Zu viele Anfragen", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        var english = await client.PostAsJsonAsync("/api/account/login?culture=en", new { email = "a@b.de", password = "x" });
        Assert.Contains("Too many requests", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/offerings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto/anmelden")).StatusCode);
    }

    [Fact]
    public async Task The_login_page_over_the_limit_answers_429_with_a_German_page()
    {
        using var client = ClientFrom(12);
        var form = await client.GetStringAsync("/konto/anmelden");
        HttpResponseMessage last = null!;
        for (var i = 0; i < Over; i++)
        {
            last = await client.PostAsync("/konto/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "niemand@example.org", ["Input.Password"] = "falsch-geraten",
                ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(form),
            }));
            Assert.Equal(i < LimitedAppHost.Limit ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, last.StatusCode);
        }

        Assert.Equal("text/html", last.Content.Headers.ContentType?.MediaType);
        AssertRetryAfter(last);
        Assert.Contains("Zu viele Versuche in kurzer Zeit.", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The API login shares the budget: one person, one set of guesses.
        Assert.Equal(HttpStatusCode.TooManyRequests,
            (await client.PostAsJsonAsync("/api/account/login", new { email = "a@b.de", password = "x" })).StatusCode);
    }

    [Fact]
    public async Task Searches_over_the_limit_get_429_on_the_api_and_the_catalogue_page()
    {
        using var client = ClientFrom(13);
        for (var i = 0; i < LimitedAppHost.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/offerings?text=yoga{i}")).StatusCode);
        }

        var api = await client.GetAsync("/api/offerings");
        var page = await client.GetAsync("/angebote");

        await ProblemAssert.IsProblemAsync(api, HttpStatusCode.TooManyRequests);
        AssertRetryAfter(api);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Zu viele Versuche", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registrations_over_the_limit_get_429_but_reading_the_form_does_not_count()
    {
        var offering = await TestOfferings.CreateAsync(Host);
        using var client = ClientFrom(14);
        for (var i = 0; i < LimitedAppHost.Limit; i++)
        {
            var registered = await client.PostAsJsonAsync($"/api/offerings/{offering.Id}/registrations",
                new { name = "Gast Person", email = TestOfferings.GuestEmail() });
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        var refused = await client.PostAsJsonAsync($"/api/offerings/{offering.Id}/registrations",
            new { name = "Gast Person", email = TestOfferings.GuestEmail() });
        var form = await client.GetAsync($"/angebote/{offering.Id}/anmelden");

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        AssertRetryAfter(refused);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var page = await client.PostAsync($"/angebote/{offering.Id}/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Gast Person", ["Input.Email"] = TestOfferings.GuestEmail(),
            ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(await form.Content.ReadAsStringAsync()),
        }));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
    }

    [Fact]
    public async Task Starting_a_single_sign_on_draws_on_the_login_budget()
    {
        using var client = ClientFrom(15);
        var form = await client.GetStringAsync("/konto/anmelden");
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < Over; i++)
        {
            // This host has no provider: the start answers with its form error until the budget is spent.
            answers.Add(await client.PostAsync("/konto/anmelden/dienstkonto", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Provider"] = "jena", ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(form),
            })));
        }

        Assert.All(answers[..^1], a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1].StatusCode);
        AssertRetryAfter(answers[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/account/login", new { email = "a@b.de", password = "x" })).StatusCode);
    }

    [Fact]
    public async Task Voucher_codes_tried_over_the_limit_get_429_so_codes_cannot_be_guessed()
    {
        using var client = ClientFrom(19);
        for (var i = 0; i < LimitedAppHost.Limit; i++)
        {
            var guess = await client.PostAsJsonAsync("/api/referrals/redeem", new { code = "ABCDE-FGHJK-MNPQR" });
            Assert.Equal(HttpStatusCode.NotFound, guess.StatusCode);
        }

        var refused = await client.PostAsJsonAsync("/api/referrals/redeem", new { code = "ABCDE-FGHJK-MNPQS" });
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        AssertRetryAfter(refused);
    }

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        var seconds = response.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.InRange(seconds ?? 0, 1, 60);
    }

    [Fact]
    public async Task Feeds_polled_over_the_limit_get_429_and_the_search_keeps_its_own_budget()
    {
        using var client = ClientFrom(21);
        for (var i = 0; i < LimitedAppHost.Limit; i++)
        {
            var address = i % 2 == 0 ? "/api/sites/jena/calendar.ics" : "/api/sites/jena/catalogue.csv";
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(address)).StatusCode);
        }

        var feed = await client.GetAsync("/api/sites/jena/calendar.ics");
        await ProblemAssert.IsProblemAsync(feed, HttpStatusCode.TooManyRequests);
        AssertRetryAfter(feed);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/offerings")).StatusCode);
    }

    [Fact]
    public async Task Guessing_personal_calendar_links_is_held_to_the_feed_budget()
    {
        using var client = ClientFrom(22);
        for (var i = 0; i < LimitedAppHost.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/kalender/{SecretToken.Create()}.ics")).StatusCode);
        }

        // Outside /api/ the refusal is the app's 429 page, as for a page; a calendar app only reads the status.
        var guess = await client.GetAsync($"/kalender/{SecretToken.Create()}.ics");
        Assert.Equal(HttpStatusCode.TooManyRequests, guess.StatusCode);
        AssertRetryAfter(guess);
    }

    [Fact]
    public async Task Supports_sent_from_one_client_over_the_limit_get_429_however_many_accounts_they_use()
    {
        // Ballot stuffing (issue 24): once per person is the database's rule; many accounts from one client meet the budget.
        var (idea, _) = await Ideas.TestIdeas.CreateAsync(Host, publish: true);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < Over; i++)
        {
            // Each account logs in from an address of its own (the login budget is not what this test is about).
            var account = await TestAccounts.CreateAsync(Host);
            using var login = ClientFrom((byte)(30 + i));
            var token = (await (await login.PostAsJsonAsync("/api/account/login", new { email = account.Email, password = AppHost.DemoPassword }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            using var client = ClientFrom(24);
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            answers.Add((await client.PostAsync($"/api/ideas/{idea.Id}/support", null)).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, LimitedAppHost.Limit), answers[..^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        Assert.Equal(LimitedAppHost.Limit, await db.IdeaSupports.CountAsync(s => s.IdeaId == idea.Id));
        using var other = ClientFrom(25);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/ideas/{idea.Id}")).StatusCode);
    }

    /// <summary>A client whose connections leave from 127.0.0.{last}: a client address of its own, hence its own budgets.</summary>
    private HttpClient ClientFrom(byte last) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer(),
        ConnectCallback = async (connection, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(new IPAddress([127, 0, 0, last]), 0));
                await socket.ConnectAsync(connection.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    {
        BaseAddress = Host.BaseAddress,
    };
}
