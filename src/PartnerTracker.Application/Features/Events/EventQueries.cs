using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
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

    /// <summary>Events whose name or place contains <paramref name="search"/> (all when it is empty).</summary>
    public static IQueryable<Event> List(PartnerTrackerDbContext db, string? search = null) =>
        TextSearch.ContainsPattern(search) is not { } pattern
            ? db.Events.AsNoTracking()
            : db.Events.AsNoTracking().Where(e => EF.Functions.Like(e.Name, pattern, TextSearch.EscapeText)
                || EF.Functions.Like(e.Place!, pattern, TextSearch.EscapeText));

    public static IQueryable<EventHeader> Header(PartnerTrackerDbContext db, int eventId, IConfigurationProvider mapping) =>
        db.Events.AsNoTracking().Where(e => e.Id == eventId).ProjectTo<EventHeader>(mapping);

    public static IQueryable<EventAttendeeItem> Attendees(PartnerTrackerDbContext db, int eventId, IConfigurationProvider mapping) =>
        db.EventAttendees.AsNoTracking().Where(a => a.EventId == eventId).OrderBy(a => a.Person!.FullName)
            .ProjectTo<EventAttendeeItem>(mapping);

    public static IQueryable<EventCompanyItem> Companies(PartnerTrackerDbContext db, int eventId, IConfigurationProvider mapping) =>
        db.EventCompanies.AsNoTracking().Where(c => c.EventId == eventId).OrderBy(c => c.Company!.Name)
            .ProjectTo<EventCompanyItem>(mapping);

    public static IQueryable<EventDealItem> Deals(PartnerTrackerDbContext db, int eventId, IConfigurationProvider mapping) =>
        db.EventDeals.AsNoTracking().Where(d => d.EventId == eventId).OrderBy(d => d.Deal!.Name)
            .ProjectTo<EventDealItem>(mapping);

    public static IQueryable<DealCitationItem> Citations(PartnerTrackerDbContext db, int eventId, IConfigurationProvider mapping) =>
        db.Citations.AsNoTracking().Where(c => c.EventId == eventId).OrderBy(c => c.Id)
            .ProjectTo<DealCitationItem>(mapping);
}
