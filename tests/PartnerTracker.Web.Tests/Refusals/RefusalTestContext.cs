using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerTracker.Application.Common;

namespace PartnerTracker.Web.Tests.Refusals;

/// <summary>
/// Who the commands see as acting. Its role can be lowered while a page is open, as an administrator does and as the
/// app's CurrentUser sees at once (it reads the role on every call), while the page still shows what the role it
/// loaded with may do: the one way a Viewer reaches a write button.
/// </summary>
public sealed class ActingUser(string name, string role) : ICurrentUser
{
    public string Name { get; } = name;

    public string Role { get; set; } = role;

    public bool CanWrite => Roles.MayWrite(IsInRole);

    public bool IsInRole(string role) => role == Role;
}

/// <summary>
/// What every refusal test needs: the providers where a dialog, a proposal and a snackbar render, a database that
/// refuses for real (a trigger), row counts to show that nothing changed, and the user commands see.
/// </summary>
public abstract class RefusalTestContext : MudTestContext
{
    /// <summary>The trigger's own words: the user must never read them.</summary>
    protected const string TriggerText = "refused for the test";

    protected const string AnalystName = "test analyst";

    protected const string ViewerName = "vic.viewer";

    /// <summary>What every write command answers a Viewer named <paramref name="name"/>.</summary>
    protected static string ViewerRefusal(string name) => $"{name} may read but not change records; an administrator can grant the Analyst role.";

    /// <summary>The presenter's words when the database refused a record's write that passed every check.</summary>
    protected static string DatabaseRefusal(string record) =>
        $"The database refused this change to the {record}, although it passed every check: another change got in the way. Nothing was saved; reload and try again.";

    protected ActingUser User { get; private set; } = null!;

    /// <summary>True to sign in as a Viewer, for the pages as for the commands; an analyst otherwise.</summary>
    protected virtual bool SignedInAsViewer => false;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = null!;

    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = null!;

    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = null!;

    protected override void SignIn(Bunit.TestDoubles.BunitAuthorizationContext authorization)
    {
        authorization.SetAuthorized(SignedInAsViewer ? ViewerName : AnalystName);
        authorization.SetRoles(SignedInAsViewer ? Roles.Viewer : Roles.Analyst);
    }

    protected override void AddServices(IServiceCollection services)
    {
        User = SignedInAsViewer ? new ActingUser(ViewerName, Roles.Viewer) : new ActingUser(AnalystName, Roles.Analyst);
        services.AddScoped<ICurrentUser>(_ => User);
    }

    /// <summary>An administrator makes the signed-in analyst a Viewer; the open page still shows the write buttons.</summary>
    protected void LowerToViewer()
    {
        Assert.Equal(Roles.Analyst, User.Role);
        User.Role = Roles.Viewer;
    }

    protected void RenderProviders()
    {
        Dialogs = Render<MudDialogProvider>();
        Popovers = Render<MudPopoverProvider>();
        Snackbars = Render<MudSnackbarProvider>();
    }

    protected async Task OpenAsync<TDialog>(DialogParameters<TDialog> parameters)
        where TDialog : IComponent
    {
        await Dialogs.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<TDialog>("Dialog", parameters));
        Dialogs.WaitForAssertion(() => Assert.Single(Dialogs.FindAll(".mud-dialog")), TimeSpan.FromSeconds(5));
    }

    /// <summary>Renders the providers and the deal's page, once it shows the deal.</summary>
    /// <summary>Another analyst deletes the deal through its own editor, after the page or dialog opened.</summary>
    protected async Task DeleteDealAsSomeoneElseAsync(int id)
    {
        var other = new PartnerTracker.TestSupport.TestUser("other analyst");
        var editor = new PartnerTracker.Application.Features.Deals.DealEditor(Database.As(other), other, TimeProvider.System);
        Assert.True((await editor.DeleteAsync(id, (await editor.GetAsync(id, Cancel))!.Version, Cancel)).IsSaved);
    }

    protected async Task<(int Id, IRenderedComponent<PartnerTracker.Web.Components.Pages.Deals.DealPage> Page)> DealPageAsync(string name)
    {
        RenderProviders();
        var id = await DealIdAsync(name);
        var page = Render<PartnerTracker.Web.Components.Pages.Deals.DealPage>(p => p.Add(x => x.DealId, id));
        page.WaitForAssertion(() => Assert.Equal(name, page.Find("[data-testid=deal-name]").TextContent), TimeSpan.FromSeconds(5));
        return (id, page);
    }

    /// <summary>Clicks a page's button that opens a dialog, as the user does, and waits for the dialog.</summary>
    protected void OpenFrom<TPage>(IRenderedComponent<TPage> page, string buttonTestId, string dialogTestId)
        where TPage : IComponent
    {
        // Not awaited: the click waits for the dialog to close, and a refused dialog stays open.
        _ = page.InvokeAsync(() => page.Find($"[data-testid={buttonTestId}]").Click());
        Dialogs.WaitForAssertion(() => Dialog(dialogTestId), TimeSpan.FromSeconds(5));
    }

    /// <summary>Clicks a button inside the open dialog.</summary>
    protected Task ClickInDialogAsync(string testId) => Dialogs.InvokeAsync(() => Dialogs.Find($"[data-testid={testId}]").Click());

    /// <summary>The dialog carrying <paramref name="testId"/>, which must still be open.</summary>
    protected IElement Dialog(string testId) => Dialogs.Find($"[data-testid={testId}]");

    /// <summary>Waits for the one refusal inside the dialog and returns it.</summary>
    protected IElement RefusalIn(string dialogTestId)
    {
        Dialogs.WaitForAssertion(() => Assert.Single(Dialogs.FindAll($"[data-testid={dialogTestId}] [data-testid=refusal]")), TimeSpan.FromSeconds(5));
        return Dialogs.Find($"[data-testid={dialogTestId}] [data-testid=refusal]");
    }

    /// <summary>Waits for the one snackbar and returns it.</summary>
    protected IElement Snackbar()
    {
        Snackbars.WaitForAssertion(() => Assert.Single(Snackbars.FindAll(".mud-snackbar")), TimeSpan.FromSeconds(5));
        return Snackbars.Find(".mud-snackbar");
    }

    /// <summary>Asserts the message reads exactly <paramref name="expected"/> and never the database's own words.</summary>
    protected static void Reads(string expected, IElement shown)
    {
        var text = shown.TextContent.Trim();
        Assert.Equal(expected, text);
        Assert.DoesNotContain(TriggerText, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SQLite", text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Asserts the message is the presenter's word for a database refusal (it says it was refused and that nothing
    /// was saved), never the database's own text.
    /// </summary>
    protected static void ReadsADatabaseRefusal(IElement shown)
    {
        var text = shown.TextContent.Trim();
        Assert.Contains("refused", text, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", text, StringComparison.Ordinal);
        foreach (var leak in new[] { TriggerText, "SQLite", "constraint", "ABORT", "Exception" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Asserts the alert or snackbar is shown with <paramref name="severity"/>'s colour.</summary>
    protected static void IsShownAs(Severity severity, IElement shown) =>
        Assert.Contains($"-{severity.ToString().ToLowerInvariant()}", shown.ClassName ?? "", StringComparison.Ordinal);

    /// <summary>Clicks the confirmation dialog's confirm button, once it shows.</summary>
    protected void Confirm()
    {
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid=confirm-ok]"), TimeSpan.FromSeconds(5));
        Dialogs.InvokeAsync(() => Dialogs.Find("[data-testid=confirm-ok]").Click()).GetAwaiter().GetResult();
    }

    /// <summary>Opens the select carrying <paramref name="testId"/> and clicks the option that reads <paramref name="option"/>.</summary>
    protected async Task ChooseAsync(string testId, string option)
    {
        await Dialogs.InvokeAsync(() => Dialogs.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.MouseDown());
        Popovers.WaitForAssertion(() => Assert.Contains(Popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == option), TimeSpan.FromSeconds(5));
        await Popovers.InvokeAsync(() => Popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == option).Click());
    }

    /// <summary>Types into an autocomplete inside the dialog and clicks the first proposal that starts with <paramref name="option"/>.</summary>
    protected async Task PickAsync(string inputSelector, string typed, string option)
    {
        Dialogs.Find(inputSelector).Focus();
        Dialogs.Find(inputSelector).Input(typed);
        Popovers.WaitForAssertion(
            () => Assert.Contains(Popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim().StartsWith(option, StringComparison.Ordinal)),
            TimeSpan.FromSeconds(5));
        await Popovers.InvokeAsync(() => Popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim().StartsWith(option, StringComparison.Ordinal)).Click());
    }

    /// <summary>In the open citation dialog: picks the seed article and a sentence it holds, for the deal itself, and saves.</summary>
    protected async Task CiteAsync()
    {
        await PickAsync("input[data-testid=citation-source]", "JoongAng", PartnerTracker.Data.Seed.ArticleSeed.ArticleTitle);
        Dialogs.Find("textarea[data-testid=citation-quote]").Change("a joint venture with a combined investment of $500 billion by SoftBank, OpenAI and Oracle");
        await ClickInDialogAsync("citation-save");
    }

    /// <summary>Makes the database refuse every <paramref name="operation"/> (INSERT, UPDATE, DELETE) on <paramref name="table"/>.</summary>
    protected async Task RefuseAsync(string operation, string table)
    {
        Assert.Matches("^[A-Za-z]+$", table);
        await using var db = Database.CreateDbContext();
        var sql = $"CREATE TRIGGER refuse_{operation}_{table} BEFORE {operation} ON {table} BEGIN SELECT RAISE(ABORT, '{TriggerText}'); END;";
        await db.Database.ExecuteSqlRawAsync(sql, Cancel);
    }

    protected async Task<long> RowsAsync(string table)
    {
        Assert.Matches("^[A-Za-z]+$", table); // a table's name, from the test itself: nothing to escape
        await using var db = Database.CreateDbContext();
        var sql = $"SELECT COUNT(*) AS Value FROM {table}";
        return await db.Database.SqlQueryRaw<long>(sql).SingleAsync(Cancel);
    }

    /// <summary>Row counts of the tables a write concerns, to compare before and after.</summary>
    protected async Task<string> CountsAsync(params string[] tables)
    {
        var counts = new List<string>();
        foreach (var table in tables)
        {
            counts.Add($"{table}={await RowsAsync(table)}");
        }

        return string.Join(", ", counts);
    }
}
