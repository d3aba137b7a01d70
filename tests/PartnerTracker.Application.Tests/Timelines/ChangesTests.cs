using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Timelines;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Timelines;

/// <summary>
/// "What changed" in Q1 2025 on a hand-built fixture. In the period: a deal announced on 31 March (the last day),
/// one announced in March 2025, one in Q1 2025, a stage change effective 1 January (the first day), one in February
/// 2025, an event on 15 February. Out: 31 December 2024, 1 April 2025, H1 2025 and 2025 (they end after March),
/// and an event in Q2 2025.
/// </summary>
public sealed class ChangesTests : IAsyncLifetime
{
    private static readonly ChangePeriod Q1 = new(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31));

    private SqliteTestDatabase database = null!;
    private TimelinesService service = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(seeded: false);
        service = new TimelinesService(database);
        await using var db = database.CreateDbContext();
        Deal Deal(string name, PartialDate announced)
        {
            var deal = new Deal { Name = name, Kind = DealKind.Supply, Stage = DealStage.Announced, Verification = Verification.Reported, AnnouncedOn = announced };
            db.Deals.Add(deal);
            return deal;
        }

        StageChange Change(DealStage? from, DealStage to, PartialDate on) => new() { FromStage = from, ToStage = to, EffectiveOn = on, RecordedBy = "test", RecordedAtUtc = DateTime.UtcNow };

        Deal("Day in", PartialDate.Day(2025, 3, 31)).StageHistory.Add(Change(null, DealStage.Announced, PartialDate.Day(2025, 1, 1)));
        Deal("Day before", PartialDate.Day(2024, 12, 31));
        Deal("Day after", PartialDate.Day(2025, 4, 1)).StageHistory.Add(Change(DealStage.Announced, DealStage.Signed, PartialDate.Month(2025, 2)));
        Deal("Month in", PartialDate.Month(2025, 3));
        Deal("Quarter in", PartialDate.Quarter(2025, 1));
        Deal("Half out", PartialDate.HalfYear(2025, 1));
        Deal("Year out", PartialDate.Year(2025));
        db.Events.Add(new Event { Name = "Summit", Kind = EventKind.Summit, Date = PartialDate.Day(2025, 2, 15), Place = "Seoul" });
        db.Events.Add(new Event { Name = "Conference", Kind = EventKind.Conference, Date = PartialDate.Quarter(2025, 2) });
        await db.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Holds_what_lies_wholly_in_the_period_oldest_first_finer_dates_first_on_the_same_day()
    {
        var page = await service.GetChangesAsync(Q1, new ListRequest(0, 25, TimelinesService.DateColumn), Cancel);

        Assert.Equal(6, page.TotalCount);
        Assert.Equal(
            [
                (TimelineKind.StageChange, "Day in", "2025-01-01"),
                (TimelineKind.Announced, "Quarter in", "Q1 2025"),
                (TimelineKind.StageChange, "Day after", "Feb 2025"),
                (TimelineKind.Event, "Summit", "2025-02-15"),
                (TimelineKind.Announced, "Month in", "Mar 2025"),
                (TimelineKind.Announced, "Day in", "2025-03-31"),
            ],
            page.Items.Select(i => (i.Kind, i.Name, PartialDate.Format(i.Start, i.Precision))));
        Assert.Equal(TimelineOrder.Chronological(page.Items), page.Items);
        var change = page.Items[2];
        Assert.Equal((DealStage.Announced, DealStage.Signed), (change.FromStage!.Value, change.ToStage!.Value));
        Assert.StartsWith("/deals/", change.Link, StringComparison.Ordinal);
        Assert.StartsWith("/events/", page.Items[3].Link, StringComparison.Ordinal);
        Assert.Equal("Seoul", page.Items[3].Detail);
    }

    [Fact]
    public async Task Latest_first_is_the_default_and_exactly_the_reverse_and_pages_in_the_database()
    {
        var all = await service.GetChangesAsync(Q1, new ListRequest(0, 25), Cancel);
        var second = await service.GetChangesAsync(Q1, new ListRequest(1, 4), Cancel);

        Assert.Equal(TimelineOrder.LatestFirst(all.Items), all.Items);
        Assert.Equal("Day in", all.Items[0].Name);
        Assert.Equal(TimelineKind.Announced, all.Items[0].Kind);
        Assert.Equal(all.Items.Skip(4), second.Items);
        Assert.Equal(6, second.TotalCount);
    }

    [Fact]
    public async Task A_one_day_period_holds_only_that_days_full_dates()
    {
        var page = await service.GetChangesAsync(new ChangePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1)), new ListRequest(), Cancel);

        Assert.Equal([(TimelineKind.StageChange, "Day in")], page.Items.Select(i => (i.Kind, i.Name)));
    }

    [Fact]
    public async Task A_whole_year_takes_the_dates_known_only_to_the_half_year_or_the_year()
    {
        var page = await service.GetChangesAsync(new ChangePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), new ListRequest(), Cancel);

        Assert.Contains(page.Items, i => i.Name == "Half out");
        Assert.Contains(page.Items, i => i.Name == "Year out");
        Assert.Contains(page.Items, i => i.Name == "Conference");
        Assert.DoesNotContain(page.Items, i => i.Name == "Day before");
        Assert.Equal(10, page.TotalCount);
    }
}
