using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Sources;

public sealed class SourcesService(IDbContextFactory<PartnerTrackerDbContext> contexts, IMapper mapper)
{
    public async Task<PagedResult<SourceListItem>> GetPageAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SourceQueries.List(db, request.Search).ToPagedResultAsync<SourceArticle, SourceListItem>(request, SourceQueries.Sort, mapper.ConfigurationProvider, cancellationToken);
    }

    /// <returns>Null when no source has that id.</returns>
    public async Task<(SourceDetails Source, IReadOnlyList<SourceFact> Facts)?> GetDetailsAsync(int sourceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await SourceQueries.Details(db, sourceId).SingleOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return null;
        }

        var facts = await SourceQueries.Facts(db, sourceId).ToListAsync(cancellationToken);
        return (source, facts.Select(f => f.ToFact()).ToList());
    }

    public async Task<IReadOnlyList<SourceChoice>> FindAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SourceQueries.Find(db, text).ToListAsync(cancellationToken);
    }
}
