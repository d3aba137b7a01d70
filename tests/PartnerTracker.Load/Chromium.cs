using Microsoft.Playwright;

namespace PartnerTracker.Load;

/// <summary>Debian's Chromium through Playwright, never a downloaded browser, and the sign-in every circuit starts with.</summary>
public static class Chromium
{
    /// <summary>
    /// As tests/PartnerTracker.E2E/Browser.cs: no sandbox (containers), no GPU, no network chatter. A renderer limit packs
    /// many pages of one browser context into a few renderer processes: one process a page is 200 on 2 cores.
    /// </summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, int? rendererLimit = null)
    {
        List<string> arguments = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
        if (rendererLimit is { } limit)
        {
            arguments.Add($"--renderer-process-limit={limit}");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = arguments,
            Timeout = 60_000,
        });
    }

    /// <summary>
    /// Signs in through the login form and lands on <paramref name="path"/>, its circuit interactive and
    /// <paramref name="readySelector"/> shown. The session cookie then serves every other page of the context.
    /// </summary>
    public static async Task SignInAsync(IPage page, Uri app, string user, string path, string readySelector)
    {
        var target = new Uri(app, path);
        await page.GotoAsync(new Uri(app, $"/account/login?ReturnUrl={Uri.EscapeDataString(path)}").ToString());
        await page.Locator("[data-testid=login-user]").FillAsync(user);
        await page.Locator("[data-testid=login-password]").FillAsync(AppTarget.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == target.AbsolutePath);
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException($"Signing in as '{user}' did not reach {path} (still at {page.Url}): does the Viewer account exist with the tool's password?", e);
        }

        await WaitUntilReadyAsync(page, readySelector);
    }

    /// <summary>Opens <paramref name="path"/> in a page whose context is signed in already.</summary>
    public static async Task OpenSignedInAsync(IPage page, Uri app, string path, string readySelector)
    {
        await page.GotoAsync(new Uri(app, path).ToString());
        await WaitUntilReadyAsync(page, readySelector);
    }

    public static async Task WaitUntilReadyAsync(IPage page, string readySelector)
    {
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator(readySelector).First.WaitForAsync();
    }
}
