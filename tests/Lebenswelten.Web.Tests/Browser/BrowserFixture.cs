using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Lebenswelten.Web.Tests.Browser.BrowserFixture))]

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>
/// One headless Debian Chromium (installed by scripts/install-browser.sh), driven by Playwright, for all page tests.
/// </summary>
public sealed class BrowserFixture : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("LEBENSWELTEN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task<IBrowser> GetAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            if (Environment.GetEnvironmentVariable("CI") is "true" or "1")
            {
                throw new InvalidOperationException($"Chromium not found at {ExecutablePath}; scripts/install-browser.sh installs it.");
            }
            Assert.Skip($"Chromium not found at {ExecutablePath}; run scripts/install-browser.sh.");
        }
        await _gate.WaitAsync();
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            return _browser ??= await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                // The machine has no network but loopback: keep Chromium from trying to phone home.
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                ],
            });
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _gate.Dispose();
    }
}
