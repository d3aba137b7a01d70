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
        return await SourceQueries.List(db).ToPagedResultAsync<SourceArticle, SourceListItem>(request, SourceQueries.Sort, mapper.ConfigurationProvider, cancellationToken);
    }

    public async Task<IReadOnlyList<SourceChoice>> FindAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SourceQueries.Find(db, text).ToListAsync(cancellationToken);
    }
}
