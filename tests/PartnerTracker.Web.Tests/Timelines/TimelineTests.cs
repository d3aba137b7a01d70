using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Application.Features.Timelines;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.Web.Components.Pages.Deals;
using PartnerTracker.Web.Components.Pages.Timelines;
using PartnerTracker.Web.Components.Shared;

namespace PartnerTracker.Web.Tests.Timelines;

/// <summary>The timeline component (empty, one item, partial dates) and the pages that use it.</summary>
public sealed class TimelineTests : MudTestContext
{
    [Fact]
    public void An_empty_timeline_says_so()
    {
        var cut = Render<TimelineView>(p => p.Add(t => t.Items, []).Add(t => t.EmptyText, "Nothing here yet."));

        Assert.Equal("Nothing here yet.", cut.Find("[data-testid=timeline-empty]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=timeline-item]"));
    }

    [Fact]
    public void One_stage_change_shows_its_full_date_the_change_and_a_link_to_its_deal()
    {
        TimelineItem[] items = [new(new DateOnly(2025, 2, 4), DatePrecision.Day, TimelineKind.StageChange, 7, "OpenAI–Kakao partnership", "/deals/3", DealStage.Announced, DealStage.Signed)];

        var cut = Render<TimelineView>(p => p.Add(t => t.Items, items));

        var item = cut.Find("[data-testid=timeline-item]");
        Assert.Equal("2025-02-04", cut.Find("[data-testid=timeline-date]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=timeline-precision]"));
        Assert.Contains("Stage changed:", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Announced → Signed", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("/deals/3", cut.Find("[data-testid=timeline-item] a").GetAttribute("href"));
    }

    [Theory]
    [InlineData(DatePrecision.Month, "2025-02-01", "Feb 2025", "(known to the month)")]
    [InlineData(DatePrecision.Quarter, "2025-01-01", "Q1 2025", "(known to the quarter)")]
    [InlineData(DatePrecision.HalfYear, "2025-01-01", "H1 2025", "(known to the half-year)")]
    [InlineData(DatePrecision.Year, "2025-01-01", "2025", "(known to the year)")]
    public void A_partial_date_is_shown_with_its_precision(DatePrecision precision, string start, string shown, string known)
    {
        TimelineItem[] items = [new(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), precision, TimelineKind.Event, 1, "Summit", "/events/1", Detail: "Seoul")];

        var cut = Render<TimelineView>(p => p.Add(t => t.Items, items));

        Assert.Equal(shown, cut.Find("[data-testid=timeline-date]").TextContent);
        Assert.Equal(known, cut.Find("[data-testid=timeline-precision]").TextContent.Trim());
        Assert.Contains("Event:", cut.Find("[data-testid=timeline-item]").TextContent, StringComparison.Ordinal);
        Assert.Contains("— Seoul", cut.Find("[data-testid=timeline-item]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deal_page_shows_announcement_stage_change_and_events_in_date_order()
    {
        var id = await DealIdAsync(ArticleSeed.OpenAiKakaoName);

        var cut = Render<DealPage>(p => p.Add(d => d.DealId, id));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=deal-timeline] [data-testid=timeline-item]")), TimeSpan.FromSeconds(10));
        var lines = cut.FindAll("[data-testid=deal-timeline] [data-testid=timeline-item]").Select(i => i.TextContent).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains("Stage recorded:", lines[0], StringComparison.Ordinal);
        Assert.Contains("Announced:", lines[1], StringComparison.Ordinal);
        Assert.Contains("Kakao press event with OpenAI", lines[2], StringComparison.Ordinal);
        Assert.Contains("Recorded by", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_changes_page_lists_the_period_in_its_url_each_item_linking_to_its_record()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/changes?from=2025-02-01&to=2025-02-28");

        var cut = Render<ChangesPage>();

        cut.WaitForAssertion(() => Assert.Equal(7, cut.FindAll("[data-testid=change-link]").Count), TimeSpan.FromSeconds(10));
        var links = cut.FindAll("[data-testid=change-link]").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();
        // Latest first: on 4 February the events come before the announcement and the stage change (the reverse of date order).
        Assert.Equal("Samsung–OpenAI–SoftBank meeting in Seoul", links[0].TextContent);
        Assert.Contains(links, l => l.TextContent == ArticleSeed.OpenAiKakaoName);
        Assert.Equal("Sam Altman interview with Nihon Keizai", links[^1].TextContent);
        Assert.All(links, l => Assert.Matches("^/(deals|events)/[0-9]+$", l.Item2));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_falls_back_to_the_current_quarter()
    {
        var (period, _) = ChangesUrl.Parse("http://localhost/changes?from=2025-03-01&to=2025-01-01", new DateOnly(2025, 5, 20));

        Assert.Equal(new ChangePeriod(new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)), period);
    }
}
