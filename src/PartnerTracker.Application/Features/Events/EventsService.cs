using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Events;

/// <summary>Reads for the events list and the event page; one short-lived context per call.</summary>
public sealed class EventsService(IDbContextFactory<PartnerTrackerDbContext> contexts, IMapper mapper)
{
    public async Task<PagedResult<EventListItem>> GetPageAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await EventQueries.List(db, request.Search).ToPagedResultAsync<Event, EventListItem>(request, EventQueries.Sort, mapper.ConfigurationProvider, cancellationToken);
    }

    /// <returns>Null when no event has that id.</returns>
    public async Task<EventDetails?> GetDetailsAsync(int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mapping = mapper.ConfigurationProvider;
        var header = await EventQueries.Header(db, eventId, mapping).SingleOrDefaultAsync(cancellationToken);
        return header is null
            ? null
            : new EventDetails(
                header,
                await EventQueries.Attendees(db, eventId, mapping).ToListAsync(cancellationToken),
                await EventQueries.Companies(db, eventId, mapping).ToListAsync(cancellationToken),
                await EventQueries.Deals(db, eventId, mapping).ToListAsync(cancellationToken),
                await EventQueries.Citations(db, eventId, mapping).ToListAsync(cancellationToken));
    }
}
