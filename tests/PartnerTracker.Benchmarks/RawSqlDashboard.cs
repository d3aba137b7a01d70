using System.Globalization;
using Microsoft.Data.Sqlite;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// The unfiltered dashboard (DashboardService.GetAsync with no filter) written by hand against the SQLite schema:
/// one connection, one command per figure, read into the same records.
/// </summary>
public static class RawSqlDashboard
{
    private const string NotPlain = "(d.ValueUsd IS NOT NULL AND (d.ValueQualifier <> 'Exact' OR d.ValueIsEstimated))";

    private const string TotalsSql = """
        SELECT COUNT(*), COALESCE(SUM(d.ValueUsd), 0), COUNT(*) - COUNT(d.ValueUsd),
               COALESCE(SUM(d.ValueUsd IS NOT NULL AND d.ValueQualifier <> 'Exact'), 0),
               COALESCE(SUM(d.ValueUsd IS NOT NULL AND d.ValueIsEstimated), 0),
               COALESCE(SUM(d.Verification = 'Confirmed'), 0), COALESCE(SUM(d.Verification = 'Reported'), 0), COALESCE(SUM(d.Verification = 'Rumored'), 0)
        FROM Deals AS d
        """;

    private const string NewSql = """
        SELECT COUNT(*) FROM Deals AS d
        WHERE d.AnnouncedOn >= @first AND d.AnnouncedOn <= @last AND d.AnnouncedOnPrecision IN ('Day', 'Month', 'Quarter')
        """;

    private const string ChangedSql = """
        SELECT COUNT(*) FROM Deals AS d
        WHERE d.Id IN (SELECT s.DealId FROM StageChanges AS s
                       WHERE s.FromStage IS NOT NULL AND s.EffectiveOn >= @first AND s.EffectiveOn <= @last
                         AND s.EffectiveOnPrecision IN ('Day', 'Month', 'Quarter'))
        """;

    private const string SliceColumns = $"COUNT(*), COALESCE(SUM(d.ValueUsd), 0), COUNT(*) - COUNT(d.ValueUsd), COALESCE(SUM({NotPlain}), 0)";

    private const string ByKindSql = $"SELECT d.Kind, {SliceColumns} FROM Deals AS d GROUP BY d.Kind";

    private const string ByStageSql = $"SELECT d.Stage, {SliceColumns} FROM Deals AS d GROUP BY d.Stage";

    // year * 10 + quarter, or + 5 for a date known only to the half-year or year; NULL for no date.
    private const string ByQuarterSql = $"""
        SELECT CASE WHEN d.AnnouncedOn IS NULL THEN NULL
                    ELSE CAST(substr(d.AnnouncedOn, 1, 4) AS INTEGER) * 10
                         + CASE WHEN d.AnnouncedOnPrecision IN ('HalfYear', 'Year') THEN 5
                                ELSE (CAST(substr(d.AnnouncedOn, 6, 2) AS INTEGER) + 2) / 3 END END AS Bucket,
               {SliceColumns}
        FROM Deals AS d
        GROUP BY Bucket
        """;

    private const string BySectorSql = $"""
        SELECT x.Sector, {SliceColumns}
        FROM (SELECT DISTINCT c.Sector, p.DealId FROM DealParticipants AS p JOIN Companies AS c ON c.Id = p.CompanyId) AS x
        JOIN Deals AS d ON d.Id = x.DealId
        GROUP BY x.Sector
        """;

    private const string ByCountrySql = $"""
        SELECT x.Country, {SliceColumns}
        FROM (SELECT d.CountryCode AS Country, d.Id AS DealId FROM Deals AS d WHERE d.CountryCode IS NOT NULL
              UNION
              SELECT c.CountryCode, p.DealId FROM DealParticipants AS p JOIN Companies AS c ON c.Id = p.CompanyId
              WHERE c.CountryCode IS NOT NULL) AS x
        JOIN Deals AS d ON d.Id = x.DealId
        GROUP BY x.Country
        """;

    // Per company and deal: is any of its roles more than rumored? Then per company.
    private const string CompanyFiguresSql = """
        WITH cd AS (
            SELECT p.CompanyId, p.DealId, MAX(p.Verification <> 'Rumored') AS NotRumored
            FROM DealParticipants AS p GROUP BY p.CompanyId, p.DealId),
        f AS (
            SELECT cd.CompanyId, COUNT(*) AS Deals, SUM(cd.NotRumored) AS NotOnlyRumored,
                   COALESCE(SUM(d.ValueUsd), 0) AS Value, COUNT(*) - COUNT(d.ValueUsd) AS Undisclosed
            FROM cd JOIN Deals AS d ON d.Id = cd.DealId
            GROUP BY cd.CompanyId)
        """;

    private const string TopByDealsSql = $"""
        {CompanyFiguresSql}
        SELECT t.CompanyId, c.Name, t.Deals, t.Deals - t.NotOnlyRumored, t.Value, t.Undisclosed
        FROM (SELECT * FROM f ORDER BY f.Deals DESC, f.CompanyId LIMIT @take) AS t
        JOIN Companies AS c ON c.Id = t.CompanyId
        ORDER BY t.Deals DESC, c.Name
        """;

    private const string TopByValueSql = $"""
        {CompanyFiguresSql}
        SELECT t.CompanyId, c.Name, t.Deals, t.Deals - t.NotOnlyRumored, t.Value, t.Undisclosed
        FROM (SELECT * FROM f WHERE f.Deals > f.Undisclosed ORDER BY f.Value DESC, f.CompanyId LIMIT @take) AS t
        JOIN Companies AS c ON c.Id = t.CompanyId
        ORDER BY t.Value DESC, c.Name
        """;

    private const string LargestSql = """
        SELECT d.Id, d.Name, d.Kind, d.ValueUsd, d.ValueAmount, d.ValueCurrency, d.ValueQualifier, d.ValueIsEstimated, r.Date,
               (SELECT COUNT(*) FROM Citations AS c WHERE c.DealId = d.Id AND c.Subject = 'DealValue')
        FROM Deals AS d
        LEFT JOIN FxRates AS r ON r.Id = d.FxRateId
        WHERE d.ValueUsd IS NOT NULL
        ORDER BY d.ValueUsd DESC, d.Id
        LIMIT @take
        """;

    private const string FeedSql = """
        SELECT s.Id, s.DealId, d.Name, s.FromStage, s.ToStage, s.EffectiveOn, s.EffectiveOnPrecision, a.Title
        FROM (SELECT * FROM StageChanges ORDER BY EffectiveOn DESC, Id DESC LIMIT @take) AS s
        JOIN Deals AS d ON d.Id = s.DealId
        LEFT JOIN SourceArticles AS a ON a.Id = s.SourceArticleId
        ORDER BY s.EffectiveOn DESC, s.Id DESC
        """;

    public static async Task<DashboardData> GetAsync(string connectionString, Period quarter)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        var totals = (await ReadAsync(connection, TotalsSql, r => new DealTotals(
            r.GetInt32(0), (decimal)r.GetDouble(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7)))).Single();
        if (totals.DealCount == 0)
        {
            return new DashboardData(DealTotals.Empty, quarter, 0, 0, [], [], [], [], [], [], [], [], []);
        }

        (string, object?)[] range = [("@first", Day(quarter.Start!.Value)), ("@last", Day(quarter.End!.Value))];
        (string, object?)[] top = [("@take", DashboardQueries.TopCompanies)];
        return new DashboardData(
            totals,
            quarter,
            (await ReadAsync(connection, NewSql, r => r.GetInt32(0), range)).Single(),
            (await ReadAsync(connection, ChangedSql, r => r.GetInt32(0), range)).Single(),
            DashboardQueries.Ranked(await ReadAsync(connection, ByKindSql, r => Slice(r, Enum.Parse<DealKind>(r.GetString(0))))),
            (await ReadAsync(connection, ByStageSql, r => Slice(r, Enum.Parse<DealStage>(r.GetString(0))))).OrderBy(s => s.Key).ToList(),
            DashboardQueries.Ranked(await ReadAsync(connection, BySectorSql, r => Slice(r, r.IsDBNull(0) ? null : r.GetString(0)))),
            DashboardQueries.Ranked(await ReadAsync(connection, ByCountrySql, r => Slice(r, r.IsDBNull(0) ? null : r.GetString(0)))),
            DashboardQueries.InTimeOrder(await ReadAsync(connection, ByQuarterSql, r => Slice(r, PeriodOf(r.IsDBNull(0) ? null : r.GetInt32(0))))),
            await ReadAsync(connection, TopByDealsSql, Company, top),
            await ReadAsync(connection, TopByValueSql, Company, top),
            await ReadAsync(connection, LargestSql, r => new LargestDeal(
                r.GetInt32(0), r.GetString(1), Enum.Parse<DealKind>(r.GetString(2)), (decimal)r.GetDouble(3),
                r.IsDBNull(4) ? null : (decimal)r.GetDouble(4), r.IsDBNull(5) ? null : r.GetString(5),
                r.IsDBNull(6) ? null : Enum.Parse<MoneyQualifier>(r.GetString(6)), r.IsDBNull(7) ? null : r.GetBoolean(7),
                r.IsDBNull(8) ? null : DateOnly.Parse(r.GetString(8), CultureInfo.InvariantCulture), r.GetInt32(9)),
                [("@take", DashboardQueries.LargestDealCount)]),
            await ReadAsync(connection, FeedSql, r => new StageChangeFeedItem(
                r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.IsDBNull(3) ? null : Enum.Parse<DealStage>(r.GetString(3)),
                Enum.Parse<DealStage>(r.GetString(4)), DateOnly.Parse(r.GetString(5), CultureInfo.InvariantCulture),
                Enum.Parse<DatePrecision>(r.GetString(6)), r.IsDBNull(7) ? null : r.GetString(7)),
                [("@take", DashboardQueries.FeedLength)]));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Period PeriodOf(int? code) =>
        code is not { } c ? Period.Undated : c % 10 == 5 ? Period.YearOnly(c / 10) : Period.InQuarter(c / 10, c % 10);

    private static DealSlice<TKey> Slice<TKey>(SqliteDataReader r, TKey key) =>
        new(key, r.GetInt32(1), (decimal)r.GetDouble(2), r.GetInt32(3), r.GetInt32(4));

    private static CompanyFigure Company(SqliteDataReader r) =>
        new(r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), (decimal)r.GetDouble(4), r.GetInt32(5));

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
