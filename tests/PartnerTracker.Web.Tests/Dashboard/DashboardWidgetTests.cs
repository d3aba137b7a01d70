using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;
using PartnerTracker.Web.Components.Pages.Dashboard;

namespace PartnerTracker.Web.Tests.Dashboard;

/// <summary>Each dashboard widget on its own: no data, one deal, and a filter carried into every drill-down link.</summary>
public sealed class DashboardWidgetTests : MudTestContext
{
    private static readonly DealFilter JointVentures = new() { Kinds = [DealKind.JointVenture] };

    private static readonly DealTotals OneDeal = new(1, 500_000_000_000m, 0, 0, 0, 1, 0, 0);

    private static string? Href(AngleSharp.Dom.IElement element) => element.GetAttribute("href");

    [Fact]
    public void Kpis_with_no_deals_say_nothing_is_disclosed_and_count_zero()
    {
        var cut = Render<KpiCards>(p => p.Add(c => c.Totals, DealTotals.Empty).Add(c => c.ThisQuarter, Period.InQuarter(2025, 2)));

        Assert.Equal("0", cut.Find("[data-testid=kpi-deals]").TextContent.Trim());
        Assert.Equal("None disclosed", cut.Find("[data-testid=kpi-value]").TextContent.Trim());
        Assert.Equal("0 of 0 deals undisclosed", cut.Find("[data-testid=kpi-undisclosed]").TextContent.Trim());
        Assert.Contains("This quarter (Q2 2025)", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpis_with_one_deal_show_its_value_and_link_each_figure_to_the_deals_it_counts()
    {
        var cut = Render<KpiCards>(p => p
            .Add(c => c.Totals, OneDeal).Add(c => c.ThisQuarter, Period.InQuarter(2025, 2)).Add(c => c.NewCount, 1));

        Assert.Equal("$500 billion", cut.Find("[data-testid=kpi-value]").TextContent.Trim());
        Assert.Equal("/deals", Href(cut.Find("[data-testid=kpi-deals]")));
        Assert.Equal("/deals?disclosed=true", Href(cut.Find("[data-testid=kpi-value]")));
        Assert.Equal("/deals?disclosed=false", Href(cut.Find("[data-testid=kpi-undisclosed]")));
        Assert.Equal("/deals?verification=Confirmed", Href(cut.Find("[data-testid=kpi-confirmed]")));
        Assert.Equal("/deals?period=2025-Q2", Href(cut.Find("[data-testid=kpi-new]")));
        Assert.Equal("/deals?changed=2025-Q2", Href(cut.Find("[data-testid=kpi-changed]")));
        Assert.Contains("100%", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=kpi-qualified]"));
    }

    [Fact]
    public void Kpis_keep_the_filter_in_their_links_and_say_what_the_total_includes()
    {
        var cut = Render<KpiCards>(p => p
            .Add(c => c.Totals, new DealTotals(40, 1_000_000m, 12, 2, 1, 20, 10, 10))
            .Add(c => c.ThisQuarter, Period.InQuarter(2025, 2)).Add(c => c.Filter, JointVentures));

        Assert.Equal("12 of 40 deals undisclosed", cut.Find("[data-testid=kpi-undisclosed]").TextContent.Trim());
        Assert.Equal("/deals?kind=JointVenture&disclosed=false", Href(cut.Find("[data-testid=kpi-undisclosed]")));
        Assert.Equal("/deals?kind=JointVenture&verification=Rumored", Href(cut.Find("[data-testid=kpi-rumored]")));
        Assert.Contains("Includes 2 \"up to\", \"at least\" or approximate and 1 estimated", cut.Find("[data-testid=kpi-qualified]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Breakdown_with_no_deals_says_so()
    {
        var cut = RenderKinds([], DealFilter.None);

        Assert.NotNull(cut.Find("[data-testid=by-kind-empty]"));
        Assert.Empty(cut.FindAll("[data-testid=by-kind-row]"));
    }

    [Fact]
    public void Breakdown_with_one_deal_draws_it_and_links_its_row_to_the_deals_list()
    {
        var cut = RenderKinds([new DealSlice<DealKind>(DealKind.JointVenture, 1, 500_000_000_000m, 0, 0)], DealFilter.None);

        var link = cut.Find("[data-testid=by-kind-link]");
        Assert.Equal("Joint venture", link.TextContent.Trim());
        Assert.Equal("/deals?kind=JointVenture", Href(link));
        Assert.Contains("$500 billion", cut.Find("[data-testid=by-kind-row]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("svg"));
    }

    [Fact]
    public void Breakdown_links_add_the_bucket_to_the_filter_and_mark_qualified_and_undisclosed_values()
    {
        var cut = RenderKinds(
            [new DealSlice<DealKind>(DealKind.Supply, 3, 700_000_000m, 1, 1)],
            new DealFilter { CountryCode = "KR", Kinds = [DealKind.Supply, DealKind.Licensing] });

        Assert.Equal("/deals?kind=Supply&country=KR", Href(cut.Find("[data-testid=by-kind-link]")));
        var cells = cut.Find("[data-testid=by-kind-row]").QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("3", cells[1]);
        Assert.StartsWith("$700 million", cells[2], StringComparison.Ordinal);
        Assert.Contains("incl. 1 up to / est.", cells[2], StringComparison.Ordinal);
        Assert.Equal("1", cells[3]);
    }

    [Fact]
    public void A_bucket_the_list_cannot_filter_by_is_shown_without_a_link_and_an_all_undisclosed_bucket_shows_no_sum()
    {
        var cut = Render<SliceChart<string>>(p => p
            .Add(c => c.Title, "Deals by sector").Add(c => c.TestId, "by-sector")
            .Add(c => c.Slices, [new DealSlice<string>("Software", 1, 5m, 0, 0), new DealSlice<string>(null!, 2, 0m, 2, 0)])
            .Add(c => c.Label, s => s ?? "No sector recorded")
            .Add(c => c.Drill, s => s is null ? null : new DealFilter { Sector = s }));

        Assert.Equal(["/deals?sector=Software"], cut.FindAll("[data-testid=by-sector-link]").Select(Href));
        var unknown = cut.FindAll("[data-testid=by-sector-row]")[1];
        Assert.Contains("No sector recorded", unknown.TextContent, StringComparison.Ordinal);
        Assert.Equal("—", unknown.QuerySelectorAll("td")[2].TextContent.Trim());
    }

    [Fact]
    public void Top_companies_empty_one_and_filtered()
    {
        var empty = Render<TopCompanies>(p => p.Add(c => c.Title, "Most partnerships").Add(c => c.TestId, "top").Add(c => c.Companies, []));
        Assert.NotNull(empty.Find("[data-testid=top-empty]"));

        var one = Render<TopCompanies>(p => p.Add(c => c.Title, "Most partnerships").Add(c => c.TestId, "top")
            .Add(c => c.Companies, [new CompanyFigure(7, "Samsung Electronics", 2, 1, 0m, 2)]).Add(c => c.Filter, JointVentures));

        var link = one.Find("[data-testid=top-link]");
        Assert.Equal("Samsung Electronics", link.TextContent.Trim());
        Assert.Equal("/deals?kind=JointVenture&company=7", Href(link));
        Assert.Contains("1 only rumored", one.Find("[data-testid=rumored-mark]").TextContent, StringComparison.Ordinal);
        Assert.Contains("+2 undisclosed", one.Find("[data-testid=top-row]").TextContent, StringComparison.Ordinal);
        Assert.Contains(one.FindAll("a"), a => Href(a) == "/companies/7");
    }

    [Fact]
    public void Largest_deals_empty_and_one_show_the_figure_as_announced_and_link_to_its_quotes()
    {
        var empty = Render<LargestDeals>(p => p.Add(c => c.Deals, []));
        Assert.NotNull(empty.Find("[data-testid=largest-deals-empty]"));

        var cut = Render<LargestDeals>(p => p.Add(c => c.Deals,
            [new LargestDeal(3, "Supply pact", DealKind.Supply, 700_000_000m, 1_000_000_000_000m, "KRW", MoneyQualifier.UpTo, false, new DateOnly(2025, 2, 1), 1)]));

        Assert.Equal("up to $700 million", cut.Find("[data-testid=largest-deal-value]").TextContent.Trim());
        Assert.Contains("up to KRW 1 trillion", cut.Find("[data-testid=largest-deal]").TextContent, StringComparison.Ordinal);
        Assert.Contains("at the rate of 2025-02-01", cut.Find("[data-testid=largest-deal]").TextContent, StringComparison.Ordinal);
        Assert.Equal("/deals/3", Href(cut.Find("[data-testid=largest-deal-citations]")));
        Assert.Contains("1 quote for the value", cut.Find("[data-testid=largest-deal-citations]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_feed_empty_and_one_change_with_its_precision()
    {
        var empty = Render<StageChangeFeed>(p => p.Add(c => c.Changes, []));
        Assert.NotNull(empty.Find("[data-testid=stage-feed-empty]"));

        var cut = Render<StageChangeFeed>(p => p.Add(c => c.Changes,
            [new StageChangeFeedItem(1, 4, "Alpha–Delta JV", DealStage.Rumored, DealStage.InTalks, new DateOnly(2025, 1, 1), DatePrecision.HalfYear, null)]));

        var item = cut.Find("[data-testid=stage-feed-item]");
        Assert.Contains("H1 2025", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rumored → In talks", item.TextContent, StringComparison.Ordinal);
        Assert.Contains(item.QuerySelectorAll("a"), a => Href(a) == "/deals/4");
    }

    private IRenderedComponent<SliceChart<DealKind>> RenderKinds(IReadOnlyList<DealSlice<DealKind>> slices, DealFilter filter) =>
        Render<SliceChart<DealKind>>(p => p
            .Add(c => c.Title, "Deals by kind").Add(c => c.TestId, "by-kind").Add(c => c.Slices, slices)
            .Add(c => c.ChartType, MudBlazor.ChartType.Donut)
            .Add(c => c.Label, k => PartnerTracker.Web.Components.Shared.Display.Words(k))
            .Add(c => c.Drill, k => filter with { Kinds = [k] }));
}
