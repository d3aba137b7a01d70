using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartnerTracker.Data;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// Prints each benchmarked query's SQL and SQLite's plan for it (EXPLAIN QUERY PLAN), for EF Core's commands as
/// captured while they run and for the hand-written ones, so docs/benchmarks.md can say which indexes are used.
/// </summary>
public static class QueryPlans
{
    public static async Task PrintAsync(int deals, TextWriter output)
    {
        await BenchmarkDatabase.EnsureAsync(deals);
        var connectionString = BenchmarkDatabase.ConnectionString(deals);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var version = new SqliteCommand("SELECT sqlite_version()", connection))
        {
            await output.WriteLineAsync($"-- SQLite {await version.ExecuteScalarAsync()} (the library the app loads), {deals:N0} deals");
        }

        foreach (var (name, filter) in new[] { ("Stage+value", DealsListPage.StageAndValue), ("Text", DealsListPage.Text(connectionString)) })
        {
            var recorder = new CommandRecorder();
            var options = new DbContextOptionsBuilder<PartnerTrackerDbContext>()
                .UsePartnerTracker(DatabaseProvider.Sqlite, connectionString)
                .AddInterceptors(recorder)
                .Options;
            await DealsListPage.WithEfCoreAsync(options, filter);
            foreach (var command in recorder.Commands)
            {
                await using (command)
                {
                    command.Connection = connection;
                    await PrintAsync(output, $"{deals:N0} deals, {name}, EF Core", command);
                }
            }

            foreach (var companyMatch in Enum.GetValues<CompanyMatch>())
            {
                var (count, page) = RawSqlDealsList.Commands(connection, filter, DealsListPage.Request, companyMatch);
                await using (count)
                await using (page)
                {
                    await PrintAsync(output, $"{deals:N0} deals, {name}, raw SQL ({companyMatch})", count);
                    await PrintAsync(output, $"{deals:N0} deals, {name}, raw SQL ({companyMatch})", page);
                }
            }
        }

        await PrintCompanyPageAsync(deals, connectionString, connection, output);
    }

    /// <summary>The busiest company's page: every query CompaniesService.GetOverviewAsync sends, then the hand-written ones.</summary>
    private static async Task PrintCompanyPageAsync(int deals, string connectionString, SqliteConnection connection, TextWriter output)
    {
        var companyId = CompanyPage.Busiest(connectionString);
        var recorder = new CommandRecorder();
        var options = new DbContextOptionsBuilder<PartnerTrackerDbContext>()
            .UsePartnerTracker(DatabaseProvider.Sqlite, connectionString)
            .AddInterceptors(recorder)
            .Options;
        await CompanyPage.Service(options).GetOverviewAsync(companyId);
        foreach (var command in recorder.Commands)
        {
            await using (command)
            {
                command.Connection = connection;
                await PrintAsync(output, $"{deals:N0} deals, company page of company {companyId}, EF Core", command);
            }
        }

        foreach (var (part, sql) in RawSqlCompanyPage.Parts)
        {
            await using var command = RawSqlCompanyPage.Command(connection, sql, companyId);
            await PrintAsync(output, $"{deals:N0} deals, company page of company {companyId}, raw SQL, {part}", command);
        }
    }

    private static async Task PrintAsync(TextWriter output, string title, SqliteCommand command)
    {
        await output.WriteLineAsync($"-- {title}");
        foreach (SqliteParameter parameter in command.Parameters)
        {
            await output.WriteLineAsync($"-- {parameter.ParameterName} = {parameter.Value}");
        }

        await output.WriteLineAsync(command.CommandText);
        await output.WriteLineAsync("-- plan:");

        // Each plan row names its parent; indenting by depth shows which step runs inside which.
        var depths = new Dictionary<long, int> { [0] = 0 };
        var originalText = command.CommandText;
        command.CommandText = "EXPLAIN QUERY PLAN " + originalText;
        await using (var plan = await command.ExecuteReaderAsync())
        {
            while (await plan.ReadAsync())
            {
                var (id, parent, detail) = (plan.GetInt64(0), plan.GetInt64(1), plan.GetString(3));
                var depth = depths.GetValueOrDefault(parent) + 1;
                depths[id] = depth;
                await output.WriteLineAsync($"--{new string(' ', depth * 2)}{detail}");
            }
        }

        command.CommandText = originalText;
        await output.WriteLineAsync();
    }

    /// <summary>Keeps a copy of every query EF Core sends, with its parameters.</summary>
    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<SqliteCommand> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            var copy = new SqliteCommand(command.CommandText);
            foreach (DbParameter parameter in command.Parameters)
            {
                copy.Parameters.Add(new SqliteParameter(parameter.ParameterName, parameter.Value));
            }

            Commands.Add(copy);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
