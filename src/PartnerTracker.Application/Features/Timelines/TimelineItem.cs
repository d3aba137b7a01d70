using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Timelines;

public enum TimelineKind
{
    /// <summary>A deal's stage changed (or its first stage was recorded).</summary>
    StageChange,

    /// <summary>A deal was announced.</summary>
    Announced,

    /// <summary>A meeting, summit, press event, interview...</summary>
    Event,
}

/// <summary>
/// One dated line of a timeline: a company's, a deal's, or the "what changed" page's. The date keeps its precision
/// ("H1 2025" stays a half-year); <see cref="Name"/> is the deal's or the event's name and <see cref="Link"/> its page.
/// </summary>
public sealed record TimelineItem(
    DateOnly Start,
    DatePrecision Precision,
    TimelineKind Kind,
    int Id,
    string Name,
    string Link,
    DealStage? FromStage = null,
    DealStage? ToStage = null,
    string? Detail = null);

/// <summary>
/// The one order of every timeline. Dates compare by the first day of their period; on the same first day a finer
/// date comes first ("4 Feb 2025" before "Feb 2025" before "2025"), then stage changes, announcements, events, then
/// by name and id, so the order is total.
/// </summary>
public static class TimelineOrder
{
    public static IReadOnlyList<TimelineItem> Chronological(IEnumerable<TimelineItem> items) =>
        items.OrderBy(i => i.Start).ThenBy(i => i.Precision).ThenBy(i => i.Kind).ThenBy(i => i.Name, StringComparer.Ordinal).ThenBy(i => i.Id).ToList();

    /// <summary>Exactly the reverse of <see cref="Chronological"/>.</summary>
    public static IReadOnlyList<TimelineItem> LatestFirst(IEnumerable<TimelineItem> items) =>
        items.OrderByDescending(i => i.Start).ThenByDescending(i => i.Precision).ThenByDescending(i => i.Kind)
            .ThenByDescending(i => i.Name, StringComparer.Ordinal).ThenByDescending(i => i.Id).ToList();
}
