using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Timelines;

/// <summary>One row of the "what changed" page, flat so the three sources can be unioned, filtered and paged in SQL.</summary>
public sealed class ChangeRow
{
    public DateOnly Start { get; init; }

    public DatePrecision Precision { get; init; }

    public TimelineKind Kind { get; init; }

    public int Id { get; init; }

    public string Name { get; init; } = "";

    public int? DealId { get; init; }

    public DealStage? FromStage { get; init; }

    public DealStage? ToStage { get; init; }

    public string? Detail { get; init; }

    public TimelineItem ToItem() =>
        new(Start, Precision, Kind, Id, Name, DealId is { } deal ? $"/deals/{deal}" : $"/events/{Id}", FromStage, ToStage, Detail);
}

/// <summary>A period of whole days, both ends included.</summary>
public sealed record ChangePeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period the page accepts: ten years.</summary>
    public const int MaxDays = 3_660;

    public static ChangePeriod Quarter(DateOnly day)
    {
        var start = new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1);
        return new ChangePeriod(start, start.AddMonths(3).AddDays(-1));
    }
}

/// <summary>
/// "What changed" in a period: stage changes effective in it, deals announced in it, events held in it. A partial
/// date belongs to the period only when its whole span does: "2025" is not in Q1 2025, "Feb 2025" is.
/// </summary>
public static class ChangeQueries
{
    public static IQueryable<ChangeRow> InPeriod(PartnerTrackerDbContext db, ChangePeriod period)
    {
        var stageChanges = db.StageChanges.AsNoTracking().Select(s => new ChangeRow
        {
            Start = s.EffectiveOn.Start,
            Precision = s.EffectiveOn.Precision,
            Kind = TimelineKind.StageChange,
            Id = s.Id,
            Name = s.Deal!.Name,
            DealId = s.DealId,
            FromStage = s.FromStage,
            ToStage = s.ToStage,
            Detail = null,
        });
        var announced = db.Deals.AsNoTracking().Where(d => d.AnnouncedOn != null).Select(d => new ChangeRow
        {
            Start = d.AnnouncedOn!.Start,
            Precision = d.AnnouncedOn.Precision,
            Kind = TimelineKind.Announced,
            Id = d.Id,
            Name = d.Name,
            DealId = d.Id,
            FromStage = null,
            ToStage = d.Stage,
            Detail = null,
        });
        var events = db.Events.AsNoTracking().Select(e => new ChangeRow
        {
            Start = e.Date.Start,
            Precision = e.Date.Precision,
            Kind = TimelineKind.Event,
            Id = e.Id,
            Name = e.Name,
            DealId = null,
            FromStage = null,
            ToStage = null,
            Detail = e.Place,
        });

        // Filtered in each source (each has an index on its date's first day), then unioned.
        return Within(stageChanges, period).Concat(Within(announced, period)).Concat(Within(events, period));
    }

    /// <summary>In <see cref="TimelineOrder"/>'s order, or exactly its reverse when <paramref name="latestFirst"/>.</summary>
    public static IQueryable<ChangeRow> Sorted(IQueryable<ChangeRow> rows, bool latestFirst) => latestFirst
        ? rows.OrderByDescending(r => r.Start).ThenByDescending(PrecisionRank).ThenByDescending(r => r.Kind).ThenByDescending(r => r.Name).ThenByDescending(r => r.Id)
        : rows.OrderBy(r => r.Start).ThenBy(PrecisionRank).ThenBy(r => r.Kind).ThenBy(r => r.Name).ThenBy(r => r.Id);

    // Precisions in declared order, finer first: they are stored by name, which would sort "Day, HalfYear, Month".
    private static readonly Expression<Func<ChangeRow, int>> PrecisionRank = r =>
        r.Precision == DatePrecision.Day ? 0
        : r.Precision == DatePrecision.Month ? 1
        : r.Precision == DatePrecision.Quarter ? 2
        : r.Precision == DatePrecision.HalfYear ? 3
        : 4;

    private static IQueryable<ChangeRow> Within(IQueryable<ChangeRow> rows, ChangePeriod period)
    {
        // A date whose period starts on `start` ends inside the period when `start` is at most the last first-day that
        // still fits: for a month, one month before the day after `To`.
        var after = period.To.AddDays(1);
        var (from, lastDay, lastMonth, lastQuarter, lastHalf, lastYear) =
            (period.From, period.To, after.AddMonths(-1), after.AddMonths(-3), after.AddMonths(-6), after.AddYears(-1));
        return rows.Where(r => r.Start >= from
            && ((r.Precision == DatePrecision.Day && r.Start <= lastDay)
                || (r.Precision == DatePrecision.Month && r.Start <= lastMonth)
                || (r.Precision == DatePrecision.Quarter && r.Start <= lastQuarter)
                || (r.Precision == DatePrecision.HalfYear && r.Start <= lastHalf)
                || (r.Precision == DatePrecision.Year && r.Start <= lastYear)));
    }
}
