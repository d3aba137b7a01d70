using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerTracker.Data.Seed;

namespace PartnerTracker.E2E;

/// <summary>Who may do what, seen from the browser: anonymous, viewer, analyst, a locked account, a first start.</summary>
public sealed class AccountsJourneyTests(Browser browser) : IClassFixture<Browser>, IAsyncDisposable
{
    private readonly RunningApp app = new();

    public ValueTask DisposeAsync() => browser.CloseThenStopAsync(app);

    [Fact]
    public async Task Anonymous_users_are_sent_to_the_login_page_and_come_back_after_signing_in()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.BaseAddress, "/deals").ToString());

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Fdeals$"));
        await page.Locator("[data-testid=login-user]").FillAsync(TestAccounts.Analyst);
        await page.Locator("[data-testid=login-password]").FillAsync("not the password at all");
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToHaveTextAsync("Wrong user name or password.");

        await page.Locator("[data-testid=login-password]").FillAsync(TestAccounts.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/deals$"));
        await Assertions.Expect(page.Locator("[data-testid=signed-in-as]")).ToContainTextAsync($"{TestAccounts.Analyst} · Analyst");
    }

    [Fact]
    public async Task A_viewer_sees_the_dashboard_and_records_without_edit_actions_and_is_refused_at_an_edit_url()
    {
        var page = await browser.OpenAsync(app.BaseAddress, TestAccounts.Viewer);
        await Assertions.Expect(page.Locator("[data-testid=kpi-value]")).ToHaveTextAsync("$500 billion");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Import" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Deals", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("[data-testid=deal-new]")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = ArticleSeed.StargateName, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=deal-value]")).ToHaveTextAsync("$500 billion");
        await Assertions.Expect(page.Locator("[data-testid=deal-edit]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=deal-delete]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=participant-add]")).ToHaveCountAsync(0);

        // Typed by hand: the server refuses the page before any of it renders.
        await page.GotoAsync(page.Url + "/edit");
        await Assertions.Expect(page.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=deal-save]")).ToHaveCountAsync(0);
        Assert.Contains(app.LogLines, line => line.StartsWith("Warning", StringComparison.Ordinal) && Regex.IsMatch(line, "Page refused for vic.viewer at /deals/[0-9]+/edit$"));
    }

    [Fact]
    public async Task An_analyst_edits_a_deal_and_sees_the_change_in_its_history()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/deals"));
        await page.GetByRole(AriaRole.Link, new() { Name = ArticleSeed.StargateName, Exact = true }).ClickAsync();
        await page.Locator("[data-testid=deal-edit]").ClickAsync();
        await page.Locator("input[data-testid=deal-name-input]").FillAsync("Stargate Project");
        await page.Locator("[data-testid=deal-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=deal-name]")).ToHaveTextAsync("Stargate Project");

        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        var change = page.Locator("[data-testid=history-grid] tr", new() { HasText = TestAccounts.Analyst }).Filter(new() { HasText = "Name" });
        await Assertions.Expect(change.Locator("[data-testid=history-old]")).ToHaveTextAsync(ArticleSeed.StargateName);
        await Assertions.Expect(change.Locator("[data-testid=history-new]")).ToHaveTextAsync("Stargate Project");
    }

    [Fact]
    public async Task An_administrator_creates_an_account_whose_owner_then_signs_in_with_that_role()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/admin/users"), TestAccounts.Admin);
        await page.Locator("input[data-testid=new-user-name]").FillAsync("new.viewer");
        await page.Locator("input[data-testid=new-user-password]").FillAsync("too short");
        await page.Locator("[data-testid=new-user-save]").ClickAsync();
        await Assertions.Expect(page.GetByText("Passwords must be at least 12 characters.")).ToBeVisibleAsync();

        await page.Locator("input[data-testid=new-user-password]").FillAsync("a fine long passphrase");
        await page.Locator("[data-testid=new-user-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=user-row]", new() { HasText = "new.viewer" })).ToHaveTextAsync("new.viewer Viewer");

        var theirs = await browser.NewPageAsync();
        await Browser.SignInAsync(theirs, app.BaseAddress, "new.viewer", "a fine long passphrase");
        await Assertions.Expect(theirs.Locator("[data-testid=signed-in-as]")).ToContainTextAsync("new.viewer · Viewer");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var page = await browser.NewPageAsync();
        await using var own = new RunningApp();
        var target = new Uri(own.BaseAddress, "/");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await Browser.SignInAsync(page, target, TestAccounts.Viewer, $"wrong password number {attempt}");
            await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToBeVisibleAsync();
        }

        await Browser.SignInAsync(page, target, TestAccounts.Viewer);

        await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToContainTextAsync("locked after 5 failed sign-ins");
        Assert.Contains("/account/login", page.Url);
        await browser.CloseContextsAsync();

        // Each failure and the lockout are on the log; the passwords typed are not.
        var log = own.LogLines;
        Assert.Contains(log, line => line.Contains("Failed sign-in for vic.viewer", StringComparison.Ordinal));
        Assert.Contains(log, line => line.Contains("Sign-in refused for vic.viewer: the account is locked out", StringComparison.Ordinal));
        Assert.DoesNotContain(log, line => line.Contains("wrong password number", StringComparison.Ordinal) || line.Contains(TestAccounts.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_first_start_offers_the_one_time_setup_which_creates_the_admin_and_then_closes()
    {
        var page = await browser.NewPageAsync();
        await using var fresh = new RunningApp(withAccounts: false);

        await page.GotoAsync(new Uri(fresh.BaseAddress, "/").ToString());
        await page.Locator("[data-testid=setup-offer] a").ClickAsync();
        await page.Locator("[data-testid=setup-user]").FillAsync("first.admin");
        await page.Locator("[data-testid=setup-password]").FillAsync("a long first passphrase");
        await page.Locator("[data-testid=setup-confirm]").FillAsync("a long first passphrase");
        await page.Locator("[data-testid=setup-submit]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/users$"));
        await Assertions.Expect(page.Locator("[data-testid=user-row]", new() { HasText = "first.admin" })).ToContainTextAsync("Admin");

        // Once an administrator exists the page no longer creates anyone, for anyone.
        var theirs = await browser.NewPageAsync();
        await theirs.GotoAsync(new Uri(fresh.BaseAddress, "/account/setup").ToString());
        await Assertions.Expect(theirs.Locator("[data-testid=setup-finished]")).ToBeVisibleAsync();
        await Assertions.Expect(theirs.Locator("[data-testid=setup-submit]")).ToHaveCountAsync(0);
        await browser.CloseContextsAsync();
    }
}
