using AutoMapper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Benchmarks;

/// <summary>What the deals list asks for in the benchmarks: the first page of 25, by USD value, largest first.</summary>
public static class DealsListPage
{
    public static readonly ListRequest Request = new(0, 25, nameof(DealListItem.ValueUsd), Descending: true);

    /// <summary>A manager's usual view: live deals worth at least a million dollars.</summary>
    public static readonly DealFilter StageAndValue = new() { Stages = [DealStage.Announced, DealStage.Signed], MinValueUsd = 1_000_000m };

    /// <summary>The app's own mapping, built the way the app builds it (every profile in the Application assembly).</summary>
    public static readonly IConfigurationProvider Mapping =
        new MapperConfiguration(cfg => cfg.AddMaps(typeof(Application.ServiceCollectionExtensions).Assembly));

    /// <summary>A search for a company: the first word of the busiest company's name (the generator makes company 1 the busiest), typed in lower case.</summary>
    public static DealFilter Text(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = new SqliteCommand("SELECT Name FROM Companies ORDER BY Id LIMIT 1", connection);
        var name = (string)command.ExecuteScalar()!;
        return new DealFilter { Text = name.Split(' ', ',', '-')[0].ToLowerInvariant() };
    }

    /// <summary>Exactly what DealsService.GetPageAsync runs, on a context of its own as the service does.</summary>
    public static async Task<PagedResult<DealListItem>> WithEfCoreAsync(
        DbContextOptions<PartnerTrackerDbContext> options, DealFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = new PartnerTrackerDbContext(options);
        return await DealQueries.List(db, filter).ToPagedResultAsync<Deal, DealListItem>(Request, DealQueries.Sort, Mapping, cancellationToken);
    }
}
