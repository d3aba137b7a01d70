using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;
using PartnerTracker.Web.Components.Pages.Dashboard;

namespace PartnerTracker.Web.Tests.Dashboard;

/// <summary>The widgets drawn once per set of figures: every circuit showing them holds the same string.</summary>
public sealed class DashboardMarkupTests : MudTestContext
{
    private static readonly DealFilter JointVentures = new() { Kinds = [DealKind.JointVenture] };

    private DashboardMarkup Markup => Services.GetRequiredService<DashboardMarkup>();

    private async Task<DashboardData> FiguresAsync(DealFilter filter)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardService>().GetAsync(filter, Cancel);
    }

    [Fact]
    public async Task The_same_figures_give_every_visitor_the_same_string_drawn_once()
    {
        var figures = await FiguresAsync(DealFilter.None);

        var first = await Markup.GetAsync(figures, DealFilter.None);
        var second = await Markup.GetAsync(figures, DealFilter.None);

        Assert.Same(first, second);
        Assert.Contains("data-testid=\"kpi-deals\"", first, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"largest-deal\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_figures_or_another_filter_are_drawn_again_with_their_own_links()
    {
        var everything = await FiguresAsync(DealFilter.None);
        var jointVentures = await FiguresAsync(JointVentures);

        var unfiltered = await Markup.GetAsync(everything, DealFilter.None);
        var filtered = await Markup.GetAsync(jointVentures, JointVentures);
        var sameFiguresOtherFilter = await Markup.GetAsync(everything, JointVentures);

        Assert.NotSame(unfiltered, filtered);
        Assert.Contains("href=\"/deals?kind=JointVenture&amp;disclosed=false\"", filtered, StringComparison.Ordinal);
        Assert.Contains("href=\"/deals?disclosed=false\"", unfiltered, StringComparison.Ordinal);
        Assert.Contains("href=\"/deals?kind=JointVenture&amp;disclosed=false\"", sameFiguresOtherFilter, StringComparison.Ordinal);
        Assert.NotSame(unfiltered, sameFiguresOtherFilter);
    }

    [Fact]
    public async Task The_shared_markup_handles_no_event_so_no_circuit_waits_for_a_click_it_cannot_route()
    {
        var markup = await Markup.GetAsync(await FiguresAsync(DealFilter.None), DealFilter.None);

        Assert.DoesNotContain("blazor:on", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor:elementReference", markup, StringComparison.Ordinal);
    }
}
