using Microsoft.Playwright;

namespace PartnerTracker.E2E;

/// <summary>
/// Debian's Chromium driven by Playwright; never a downloaded browser. Outside CI a missing Chromium skips the
/// browser tests with the command that installs it; under CI=true it fails them.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string InstallCommand = "sudo apt-get install -y chromium";

    private static readonly string ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private readonly List<IBrowserContext> contexts = [];

    private IPlaywright? playwright;

    private IBrowser instance = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var message = $"Chromium not found at {ExecutablePath}. Install it with: {InstallCommand}";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(message);
            }

            return;
        }

        playwright = await Playwright.CreateAsync();

        // Generous waits: these machines are shared, and a slow second is not a failure of the app.
        Assertions.SetDefaultExpectTimeout(15_000);
        instance = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // These machines have no internet: without the networking switches Chromium keeps dialling out.
            // --disable-dev-shm-usage: a container's small /dev/shm crashes tabs.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (playwright is not null)
        {
            await instance.DisposeAsync();
            playwright.Dispose();
        }
    }

    /// <summary>Skips the calling test (outside CI) when no Chromium is installed.</summary>
    public void SkipWhenMissing() => Assert.SkipWhen(playwright is null, $"Chromium not installed. Install it with: {InstallCommand}");

    /// <summary>
    /// Opens <paramref name="url"/> in a new browser context signed in as <paramref name="user"/> (the analyst
    /// unless said otherwise), and waits until the Blazor circuit is interactive.
    /// </summary>
    public async Task<IPage> OpenAsync(Uri url, string user = TestAccounts.Analyst)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, url, user);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        return page;
    }

    /// <summary>A page in a browser context of its own (its own cookies: another visitor), closed with the test.</summary>
    public async Task<IPage> NewPageAsync()
    {
        SkipWhenMissing();
        var context = await instance.NewContextAsync();
        contexts.Add(context);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>Closes every page the test opened.</summary>
    public async Task CloseContextsAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        contexts.Clear();
    }

    /// <summary>
    /// Ends a test: its pages first, then its app. In that order because a page left open reconnects its circuit
    /// while the app stops, and Kestrel then waits out its whole shutdown timeout (30 s) for that connection.
    /// </summary>
    public async ValueTask CloseThenStopAsync(RunningApp app)
    {
        try
        {
            await CloseContextsAsync();
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>Signs in through the login page, which then returns to <paramref name="url"/>.</summary>
    public static async Task SignInAsync(IPage page, Uri url, string user, string password = TestAccounts.Password)
    {
        var login = new Uri(url, $"/account/login?ReturnUrl={Uri.EscapeDataString(url.PathAndQuery)}");
        await page.GotoAsync(login.ToString());
        await page.Locator("[data-testid=login-user]").FillAsync(user);
        await page.Locator("[data-testid=login-password]").FillAsync(password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
    }
}
