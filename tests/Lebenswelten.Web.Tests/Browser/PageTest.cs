using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>
/// Base for page tests: a fresh browser context per test (own cookies) at a small phone's width, and an
/// accessibility check with axe-core on every page the test visits.
/// </summary>
public abstract class PageTest(AppHosts hosts, BrowserFixture browser) : IAsyncLifetime
{
    /// <summary>A page test that hangs fails instead of holding up the whole run.</summary>
    public const int TimeoutMs = 90_000;

    private IBrowserContext? _context;
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Email, string Path)> _visits = [];
    private string? _loggedInAs;

    protected IPage Page { get; private set; } = null!;
    protected AppHost Host { get; private set; } = null!;

    protected virtual bool JavaScriptEnabled => true;

    public async ValueTask InitializeAsync()
    {
        Host = await StartHostAsync(hosts);
        _context = await NewContextAsync(JavaScriptEnabled, storageState: null);
        Page = await _context.NewPageAsync();
        // Every page opened while logged in, for the audit check when the test ends.
        Page.Response += (_, response) =>
        {
            if (_loggedInAs is { } email && response.Request.IsNavigationRequest && response.Request.Method == "GET" && response.Status == 200)
            {
                _visits.Enqueue((email, new Uri(response.Url).AbsolutePath));
            }
        };
        // Every page test is also a Content-Security-Policy test: the browser reports what the policy blocked.
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _policyViolations.Add($"{Page.Url}: {message.Text}");
            }
        };
    }

    private readonly System.Collections.Concurrent.ConcurrentBag<string> _policyViolations = [];

    private async Task<IBrowserContext> NewContextAsync(bool javaScript, string? storageState)
    {
        var context = await (await browser.GetAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            JavaScriptEnabled = javaScript,
            Locale = "de-DE",
            StorageState = storageState,
        });
        // Generous: a login hashes with 210,000 PBKDF2 rounds, and CI shares two cores between the app, Chromium and the tests.
        context.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
        GC.SuppressFinalize(this);
        // Every staff read of personal data is audited: each such page this test opened left its line (Privacy/PersonalDataPages).
        var unaudited = await Privacy.PersonalDataPages.UnauditedAsync(Host, _visits, _started.AddSeconds(-1));
        await ReleaseHostAsync(Host);
        Assert.True(unaudited.Count == 0, string.Join("\n", unaudited));
    }

    /// <summary>The app the test runs against: the shared SQLite one, unless the test changes what others count on.</summary>
    protected virtual Task<AppHost> StartHostAsync(AppHosts hosts) => hosts.Get(DatabaseProvider.Sqlite);

    /// <summary>Ends an app of the test's own (<see cref="StartHostAsync"/>); the shared one lives on.</summary>
    protected virtual ValueTask ReleaseHostAsync(AppHost host) => ValueTask.CompletedTask;

    /// <summary>Opens a page, checks it answered 200, and runs the accessibility check.</summary>
    protected async Task VisitAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        await AssertAccessibleAsync();
    }

    /// <summary>Fails on any axe-core violation on the current page, and on horizontal scrolling at 360 px.</summary>
    protected async Task AssertAccessibleAsync()
    {
        if (!JavaScriptEnabled)
        {
            // axe is JavaScript: check the same page, with the same cookies, in a context where scripts may run.
            await using var checker = await NewContextAsync(javaScript: true, await _context!.StorageStateAsync());
            var page = await checker.NewPageAsync();
            await page.GotoAsync(Page.Url);
            await AssertAccessibleAsync(page);
            return;
        }
        await AssertAccessibleAsync(Page);
    }

    private async Task AssertAccessibleAsync(IPage page)
    {
        Assert.True(_policyViolations.IsEmpty, "Blocked by the Content-Security-Policy:\n" + string.Join("\n", _policyViolations));
        AxeResult result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, $"axe on {page.Url}:\n" + string.Join("\n", result.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px at 360 px width");
    }

    // Seventy tests log in on the way to the page they are about; axe checks the login page in the first of them.
    // Repeating it in every one cost the suite time and checked nothing new.
    private static int _loginPageChecked;

    protected async Task LogInAsync(string email)
    {
        _loggedInAs = null;
        var response = await Page.GotoAsync("/konto/anmelden");
        Assert.Equal(200, response!.Status);
        if (Interlocked.Exchange(ref _loginPageChecked, 1) == 0)
        {
            await AssertAccessibleAsync();
        }
        await Page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await Page.GetByLabel("Passwort").FillAsync(AppHost.DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await Page.WaitForURLAsync(url => LandedAfterLogin(url) || url.Contains("/konto/anmelden/code", StringComparison.Ordinal));
        if (Page.Url.Contains("/konto/anmelden/code", StringComparison.Ordinal))
        {
            // Staff: the second step with the demo authenticator's current code.
            // Checked in every login: a full run that checked it only once had one staff login stall after the code
            // (not explained yet; it passed alone), so this step keeps its old pace.
            await AssertAccessibleAsync();
            await Host.Authenticator.WithCodeAsync(email, async code =>
            {
                await Page.GetByLabel("Code", new() { Exact = true }).FillAsync(code);
                await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
                await Page.WaitForURLAsync(LandedAfterLogin);
            });
        }
        _loggedInAs = email;
    }

    /// <summary>Residents land on their own page, staff on their start page (issue 25).</summary>
    private static bool LandedAfterLogin(string url) =>
        url.EndsWith("/konto", StringComparison.Ordinal) || url.EndsWith("/arbeitsplatz", StringComparison.Ordinal);

    /// <summary>Chooses a language from the folded language menu (issue 23), as a visitor does: open it, click the name.</summary>
    protected async Task ChooseLanguageAsync(string nameInItself)
    {
        if (await Page.Locator("details.language-menu[open]").CountAsync() == 0)
        {
            await Page.Locator("details.language-menu > summary").ClickAsync();
        }
        await Page.Locator("details.language-menu").GetByRole(AriaRole.Link, new() { Name = nameInItself, Exact = true }).ClickAsync();
    }

    /// <summary>Opens the staff menu where it is folded (a phone's width); a no-op where it shows open or is not there.</summary>
    protected async Task OpenMenuAsync()
    {
        var summary = Page.Locator("details.nav-menu > summary");
        if (await summary.CountAsync() > 0 && await summary.IsVisibleAsync() && await Page.Locator("details.nav-menu[open]").CountAsync() == 0)
        {
            await summary.ClickAsync();
        }
    }
}
