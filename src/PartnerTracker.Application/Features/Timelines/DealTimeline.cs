using PartnerTracker.Application.Features.Deals;

namespace PartnerTracker.Application.Features.Timelines;

/// <summary>A deal's timeline, from what its page already reads: its announcement, its stage history and its events.</summary>
public static class DealTimeline
{
    public static IReadOnlyList<TimelineItem> From(DealDetails details)
    {
        var deal = details.Header;
        var link = $"/deals/{deal.Id}";
        var items = new List<TimelineItem>();
        if (deal.AnnouncedOnStart is { } announced && deal.AnnouncedOnPrecision is { } precision)
        {
            items.Add(new TimelineItem(announced, precision, TimelineKind.Announced, deal.Id, deal.Name, link));
        }

        items.AddRange(details.StageHistory.Select(s =>
            new TimelineItem(s.EffectiveOnStart, s.EffectiveOnPrecision, TimelineKind.StageChange, s.Id, deal.Name, link, s.FromStage, s.ToStage)));
        items.AddRange(details.Events.Select(e =>
            new TimelineItem(e.EventDateStart, e.EventDatePrecision, TimelineKind.Event, e.EventId, e.EventName, $"/events/{e.EventId}", Detail: e.EventPlace)));
        return TimelineOrder.Chronological(items);
    }
}
