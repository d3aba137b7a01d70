using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Data.Seed;

namespace PartnerTracker.Web.Tests.Dashboard;

/// <summary>The dashboard page over the article's data: every widget from the database, the filter from the URL.</summary>
public sealed class DashboardTests : MudTestContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Shows_Stargates_500_billion_and_counts_the_three_undisclosed_deals()
    {
        var cut = Render<Components.Pages.Dashboard.Dashboard>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=dashboard]")));
        Assert.Equal("$500 billion", cut.Find("[data-testid=kpi-value]").TextContent.Trim());
        Assert.Equal("3 of 4 deals undisclosed", cut.Find("[data-testid=kpi-undisclosed]").TextContent.Trim());
        Assert.Equal("4", cut.Find("[data-testid=kpi-deals]").TextContent.Trim());
        var stargate = cut.Find("[data-testid=largest-deal]");
        Assert.Contains(ArticleSeed.StargateName, stargate.TextContent, StringComparison.Ordinal);
        Assert.Equal("$500 billion", cut.Find("[data-testid=largest-deal-value]").TextContent.Trim());
        Assert.Contains(cut.FindAll("[data-testid=by-kind-link]"), a => a.TextContent.Trim() == "Joint venture" && a.GetAttribute("href") == "/deals?kind=JointVenture");
        Assert.Contains(cut.FindAll("[data-testid=top-by-deals-link]"), a => a.TextContent.Trim() == "OpenAI");
        Assert.Empty(cut.FindAll("[data-testid=dashboard-loading]"));
    }

    [Fact]
    public void A_filter_in_the_url_narrows_every_widget_and_their_links_keep_it()
    {
        Navigation.NavigateTo("/?kind=ResearchCollaboration");

        var cut = Render<Components.Pages.Dashboard.Dashboard>();

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=kpi-deals]").TextContent.Trim()));
        Assert.Equal("None disclosed", cut.Find("[data-testid=kpi-value]").TextContent.Trim());
        Assert.NotNull(cut.Find("[data-testid=largest-deals-empty]"));
        Assert.All(cut.FindAll("[data-testid=by-sector-link]"), a => Assert.StartsWith("/deals?kind=ResearchCollaboration&sector=", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal(["Research collaboration"], cut.FindAll("[data-testid=by-kind-link]").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void Changing_the_url_reloads_the_figures()
    {
        var cut = Render<Components.Pages.Dashboard.Dashboard>();
        cut.WaitForAssertion(() => Assert.Equal("4", cut.Find("[data-testid=kpi-deals]").TextContent.Trim()));

        Navigation.NavigateTo("/?kind=JointVenture");

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid=kpi-deals]").TextContent.Trim()));
        Assert.Equal("0 of 1 deals undisclosed", cut.Find("[data-testid=kpi-undisclosed]").TextContent.Trim());
    }
}

public sealed class EmptyDashboardTests : MudTestContext
{
    protected override bool Seeded => false;

    [Fact]
    public void An_empty_database_shows_zeros_and_empty_widgets()
    {
        var cut = Render<Components.Pages.Dashboard.Dashboard>();

        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("[data-testid=kpi-deals]").TextContent.Trim()));
        Assert.NotNull(cut.Find("[data-testid=by-kind-empty]"));
        Assert.NotNull(cut.Find("[data-testid=top-by-deals-empty]"));
        Assert.NotNull(cut.Find("[data-testid=stage-feed-empty]"));
    }
}
