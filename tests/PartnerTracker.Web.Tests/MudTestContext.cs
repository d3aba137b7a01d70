using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using PartnerTracker.Application;
using PartnerTracker.Data;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Web.Tests;

/// <summary>
/// The shared bUnit context: MudBlazor's services, loose JS interop (MudBlazor calls JS we do not assert on), and
/// the app's real feature services over a migrated in-memory SQLite database seeded with the article.
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected SqliteTestDatabase Database { get; private set; } = null!;

    protected static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    /// <summary>False for tests that start from an empty database.</summary>
    protected virtual bool Seeded => true;

    public async ValueTask InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateAsync(Seeded);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IDbContextFactory<PartnerTrackerDbContext>>(Database);
        Services.AddPartnerTrackerApplication();
        Services.AddScoped<PartnerTracker.Application.Common.ICurrentUser>(_ => new TestUser());
        Services.AddSingleton<PartnerTracker.Web.Components.Pages.Dashboard.DashboardMarkup>();
        SignIn(this.AddAuthorization());
        AddServices(Services);

        // The app renders every page in interactive server mode; PrerenderTests covers the static pass.
        // Set last: it builds the service provider, after which no service can be added.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Who the pages see as signed in: an analyst, as <see cref="TestUser"/> is, unless a test class says otherwise.</summary>
    protected virtual void SignIn(Bunit.TestDoubles.BunitAuthorizationContext authorization)
    {
        authorization.SetAuthorized("test analyst");
        authorization.SetRoles(PartnerTracker.Application.Common.Roles.Analyst);
    }

    /// <summary>Services a test class adds or replaces before the provider is built.</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    /// <summary>Where the app navigated last.</summary>
    protected string CurrentUri => Services.GetRequiredService<NavigationManager>().Uri;

    /// <summary>Types into an autocomplete and clicks the proposal that reads <paramref name="option"/>.</summary>
    /// <param name="popovers">The rendered MudPopoverProvider, where the proposals appear.</param>
    protected static void Pick<T>(IRenderedComponent<T> cut, IRenderedComponent<MudPopoverProvider> popovers, string inputSelector, string typed, string option)
        where T : IComponent
    {
        cut.Find(inputSelector).Input(typed);
        popovers.WaitForAssertion(
            () => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == option),
            TimeSpan.FromSeconds(5));

        // Found and clicked on the renderer's thread: a render in between (the search still settling) would
        // otherwise leave the click on a handler that no longer exists.
        popovers.InvokeAsync(() => popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == option).Click()).GetAwaiter().GetResult();
    }

    protected async Task<int> DealIdAsync(string name)
    {
        await using var db = Database.CreateDbContext();
        return await db.Deals.Where(d => d.Name == name).Select(d => d.Id).SingleAsync(Cancel);
    }
}
