using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Network;

/// <summary>Builds the network page: the most connected companies of the filtered deals, their edges, and a layout.</summary>
public sealed class NetworkService(IDbContextFactory<PartnerTrackerDbContext> contexts)
{
    public const int DefaultLimit = 100;

    /// <summary>The most companies one drawing holds (the benchmarked size).</summary>
    public const int MaxLimit = 500;

    public static readonly IReadOnlyList<int> LimitOptions = [25, 50, DefaultLimit, 250, MaxLimit];

    public async Task<NetworkGraph> BuildAsync(DealFilter filter, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        var (kept, edges, total) = await LoadAsync(filter, limit, cancellationToken);
        var nodes = await Task.Run(() => NetworkLayout.Place(kept, edges), cancellationToken);
        return new NetworkGraph(nodes, edges, total, Math.Clamp(limit, 1, MaxLimit));
    }

    /// <summary>The database part alone: kept companies (most deals first), their edges, and how many companies the filter holds.</summary>
    public async Task<(IReadOnlyList<NetworkCompanyRow> Companies, IReadOnlyList<NetworkEdge> Edges, int CompaniesInFilter)> LoadAsync(
        DealFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await NetworkQueries.CompanyIds(db, filter).CountAsync(cancellationToken);
        var companies = (await NetworkQueries.MostConnected(db, filter, limit).ToListAsync(cancellationToken))
            .OrderByDescending(c => c.Deals).ThenBy(c => c.CompanyId).ToList();
        if (companies.Count == 0)
        {
            return ([], [], total);
        }

        var ids = companies.Select(c => c.CompanyId).ToList();
        // SUM over only undisclosed values reads 0 in SQL (EF Core coalesces): say "undisclosed", never $0.
        var edges = (await NetworkQueries.Edges(db, filter, ids).ToListAsync(cancellationToken))
            .Select(e => e.Undisclosed == e.Deals ? e with { ValueUsd = null } : e)
            .OrderBy(e => e.FromId).ThenBy(e => e.ToId).ThenBy(e => e.Kind).ThenBy(e => e.Potential).ToList();
        return (companies, edges, total);
    }
}
