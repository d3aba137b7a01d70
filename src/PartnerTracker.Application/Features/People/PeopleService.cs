using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.People;

/// <summary>Reads for the people list, the person page and people pickers; one short-lived context per call.</summary>
public sealed class PeopleService(IDbContextFactory<PartnerTrackerDbContext> contexts, IMapper mapper)
{
    public async Task<PagedResult<PersonListItem>> GetPageAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PersonQueries.List(db, request.Search).ToPagedResultAsync<Person, PersonListItem>(request, PersonQueries.Sort, mapper.ConfigurationProvider, cancellationToken);
    }

    /// <returns>Null when no person has that id.</returns>
    public async Task<PersonDetails?> GetDetailsAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mapping = mapper.ConfigurationProvider;
        var header = await PersonQueries.Header(db, personId, mapping).SingleOrDefaultAsync(cancellationToken);
        return header is null
            ? null
            : new PersonDetails(
                header,
                await PersonQueries.Deals(db, personId, mapping).ToListAsync(cancellationToken),
                await PersonQueries.Events(db, personId, mapping).ToListAsync(cancellationToken),
                await PersonQueries.Citations(db, personId, mapping).ToListAsync(cancellationToken));
    }

    /// <summary>People whose name contains what was typed, by name, for autocompletes.</summary>
    public async Task<IReadOnlyList<PersonMatch>> FindAsync(string? text, int max = 10, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PersonLookup.Find(db, text, max).ToListAsync(cancellationToken);
    }
}
