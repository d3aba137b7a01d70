using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Events;

public static class EventQueries
{
    public static readonly SortColumns<Event> Sort = new SortColumns<Event>(nameof(EventListItem.DateStart), e => e.Id)
        .Add(nameof(EventListItem.DateStart), e => e.Date.Start)
        .Add(nameof(EventListItem.Name), e => e.Name)
        .AddInDeclaredOrder(nameof(EventListItem.Kind), e => e.Kind)
        .Add(nameof(EventListItem.Place), e => e.Place)
        .Add(nameof(EventListItem.AttendeeCount), e => e.Attendees.Count);

    public static IQueryable<Event> List(PartnerTrackerDbContext db) => db.Events.AsNoTracking();
}
