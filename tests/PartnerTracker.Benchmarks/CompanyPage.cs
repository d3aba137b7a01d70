using System.Globalization;
using AutoMapper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Data;

namespace PartnerTracker.Benchmarks;

/// <summary>What the company page benchmarks ask for, and the app's service built the way the app builds it.</summary>
public static class CompanyPage
{
    /// <summary>The app's own mapper (every profile in the Application assembly), as CompaniesService receives it.</summary>
    public static readonly IMapper Mapper =
        new MapperConfiguration(cfg => cfg.AddMaps(typeof(Application.ServiceCollectionExtensions).Assembly)).CreateMapper();

    /// <summary>The company taking part in the most deals (lowest id on a tie): the page with the most to read.</summary>
    public static int Busiest(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = new SqliteCommand(
            "SELECT CompanyId FROM DealParticipants GROUP BY CompanyId ORDER BY COUNT(DISTINCT DealId) DESC, CompanyId LIMIT 1", connection);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// CompaniesService as the app registers it: AddDbContextFactory (not pooled) gives it a factory that makes a
    /// new context from the same options for every call.
    /// </summary>
    public static CompaniesService Service(DbContextOptions<PartnerTrackerDbContext> options) => new(new ContextFactory(options), Mapper);

    /// <summary>One part of the page through EF Core, on a context of its own, as the service's queries run it.</summary>
    public static async Task<List<T>> PartWithEfCoreAsync<T>(
        DbContextOptions<PartnerTrackerDbContext> options, Func<PartnerTrackerDbContext, IQueryable<T>> part, CancellationToken cancellationToken = default)
    {
        await using var db = new PartnerTrackerDbContext(options);
        return await part(db).ToListAsync(cancellationToken);
    }

    /// <summary>A factory making a new context from the same options on every call, as the app's AddDbContextFactory.</summary>
    public sealed class ContextFactory(DbContextOptions<PartnerTrackerDbContext> options) : IDbContextFactory<PartnerTrackerDbContext>
    {
        public PartnerTrackerDbContext CreateDbContext() => new(options);
    }
}
