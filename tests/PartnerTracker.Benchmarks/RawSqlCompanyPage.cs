using Microsoft.Data.Sqlite;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Timelines;
using PartnerTracker.Domain;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// The company page (CompaniesService.GetOverviewAsync) written by hand against the SQLite schema: one connection,
/// one command per part, each capped at <see cref="CompanyOverviewQueries.MaxRows"/> as the app's queries are.
/// </summary>
public static class RawSqlCompanyPage
{
    private const string ProfileSql = """
        SELECT c.Id, c.Name, c.CountryCode, c.Sector, c.Website, c.Ticker, c.Description, c.ParentCompanyId, o.Name, c.Version
        FROM Companies AS c
        LEFT JOIN Companies AS o ON o.Id = c.ParentCompanyId
        WHERE c.Id = @companyId
        """;

    private const string AliasesSql = "SELECT a.Alias FROM CompanyAliases AS a WHERE a.CompanyId = @companyId ORDER BY a.Alias";

    private const string SubsidiariesSql = """
        SELECT c.Id, c.Name, c.CountryCode FROM Companies AS c WHERE c.ParentCompanyId = @companyId ORDER BY c.Name LIMIT @take
        """;

    private const string DealsSql = """
        SELECT p.DealId, d.Name, d.Kind, d.Stage, p.Role, p.Verification
        FROM DealParticipants AS p
        JOIN Deals AS d ON d.Id = p.DealId
        WHERE p.CompanyId = @companyId
        ORDER BY d.Name, p.Role
        LIMIT @take
        """;

    // The other participants of this company's deals, grouped by company: one pass over its participations and
    // the deals' other participants, both through indexes, instead of asking every company whether it shares one.
    private const string PartnersSql = """
        SELECT c.Id, c.Name, COUNT(DISTINCT other.DealId) AS Shared
        FROM DealParticipants AS mine
        JOIN DealParticipants AS other ON other.DealId = mine.DealId AND other.CompanyId <> @companyId
        JOIN Companies AS c ON c.Id = other.CompanyId
        WHERE mine.CompanyId = @companyId
        GROUP BY c.Id, c.Name
        ORDER BY Shared DESC, c.Name
        LIMIT @take
        """;

    private const string PeopleSql = """
        SELECT p.Id, p.FullName, p.Title FROM People AS p WHERE p.CompanyId = @companyId ORDER BY p.FullName LIMIT @take
        """;

    // Timeline parts: start, precision, kind, id, name, link, from stage, to stage, detail.
    private const string StageChangesSql = """
        SELECT s.EffectiveOn, s.EffectiveOnPrecision, 0, s.Id, d.Name, '/deals/' || s.DealId, s.FromStage, s.ToStage, NULL
        FROM StageChanges AS s
        JOIN Deals AS d ON d.Id = s.DealId
        WHERE s.DealId IN (SELECT p.DealId FROM DealParticipants AS p WHERE p.CompanyId = @companyId)
        ORDER BY s.EffectiveOn DESC, s.Id DESC
        LIMIT @take
        """;

    private const string AnnouncementsSql = """
        SELECT d.AnnouncedOn, d.AnnouncedOnPrecision, 1, d.Id, d.Name, '/deals/' || d.Id, NULL, d.Stage, NULL
        FROM Deals AS d
        WHERE d.Id IN (SELECT p.DealId FROM DealParticipants AS p WHERE p.CompanyId = @companyId) AND d.AnnouncedOn IS NOT NULL
        ORDER BY d.AnnouncedOn DESC, d.Id DESC
        LIMIT @take
        """;

    private const string EventsSql = """
        SELECT e.Date, e.DatePrecision, 2, e.Id, e.Name, '/events/' || e.Id, NULL, NULL, e.Place
        FROM EventCompanies AS ec
        JOIN Events AS e ON e.Id = ec.EventId
        WHERE ec.CompanyId = @companyId
        ORDER BY e.Date DESC, e.Id DESC
        LIMIT @take
        """;

    private const string QuotesSql = "SELECT c.Quote FROM Citations AS c WHERE c.CompanyId = @companyId ORDER BY c.Id LIMIT @take";

    /// <summary>Every part's SQL, in the order <see cref="OverviewAsync(SqliteConnection, int, CancellationToken)"/> runs them.</summary>
    public static readonly IReadOnlyList<(string Part, string Sql)> Parts =
    [
        ("Profile", ProfileSql), ("StageChanges", StageChangesSql), ("Announcements", AnnouncementsSql), ("Events", EventsSql), ("Aliases", AliasesSql),
        ("Subsidiaries", SubsidiariesSql), ("Deals", DealsSql), ("Partners", PartnersSql), ("People", PeopleSql), ("Quotes", QuotesSql),
    ];

    /// <returns>Null when no company has that id, as CompaniesService.GetOverviewAsync.</returns>
    public static async Task<CompanyOverview?> OverviewAsync(string connectionString, int companyId, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await OverviewAsync(connection, companyId, cancellationToken);
    }

    public static async Task<CompanyOverview?> OverviewAsync(SqliteConnection connection, int companyId, CancellationToken cancellationToken = default)
    {
        var profile = (await ReadAsync(connection, ProfileSql, companyId, ReadProfile, cancellationToken)).SingleOrDefault();
        if (profile is null)
        {
            return null;
        }

        var timeline = await TimelineAsync(connection, companyId, cancellationToken);
        return new CompanyOverview(
            profile,
            await ReadAsync(connection, AliasesSql, companyId, row => row.GetString(0), cancellationToken),
            await ReadAsync(connection, SubsidiariesSql, companyId, ReadReference, cancellationToken),
            await ReadAsync(connection, DealsSql, companyId, ReadDealRole, cancellationToken),
            await ReadAsync(connection, PartnersSql, companyId, ReadPartner, cancellationToken),
            await ReadAsync(connection, PeopleSql, companyId, ReadReference, cancellationToken),
            timeline,
            await ReadAsync(connection, QuotesSql, companyId, row => row.GetString(0), cancellationToken));
    }

    /// <summary>The page's deals with the company's roles in them, alone.</summary>
    public static Task<List<CompanyDealRole>> DealsAsync(string connectionString, int companyId, CancellationToken cancellationToken = default) =>
        ReadAsync(connectionString, DealsSql, companyId, ReadDealRole, cancellationToken);

    /// <summary>The page's partners (companies sharing deals with this one, with counts), alone.</summary>
    public static Task<List<CompanyPartner>> PartnersAsync(string connectionString, int companyId, CancellationToken cancellationToken = default) =>
        ReadAsync(connectionString, PartnersSql, companyId, ReadPartner, cancellationToken);

    /// <summary>The stage changes of the company's deals, latest first (the timeline's first half), alone.</summary>
    public static Task<List<TimelineItem>> StageChangesAsync(string connectionString, int companyId, CancellationToken cancellationToken = default) =>
        ReadAsync(connectionString, StageChangesSql, companyId, ReadTimelineItem, cancellationToken);

    /// <summary>The company's timeline alone: its three parts, merged in the app's order and cut as the app cuts it.</summary>
    public static async Task<List<TimelineItem>> TimelineAsync(SqliteConnection connection, int companyId, CancellationToken cancellationToken = default)
    {
        var timeline = await ReadAsync(connection, StageChangesSql, companyId, ReadTimelineItem, cancellationToken);
        timeline.AddRange(await ReadAsync(connection, AnnouncementsSql, companyId, ReadTimelineItem, cancellationToken));
        timeline.AddRange(await ReadAsync(connection, EventsSql, companyId, ReadTimelineItem, cancellationToken));
        return [.. TimelineOrder.LatestFirst(timeline).Take(CompanyOverviewQueries.MaxRows)];
    }

    /// <summary>A part's command, parameters bound, for running or for EXPLAIN QUERY PLAN.</summary>
    public static SqliteCommand Command(SqliteConnection connection, string sql, int companyId)
    {
        var command = new SqliteCommand(sql, connection);
        command.Parameters.AddWithValue("@companyId", companyId);
        if (sql.Contains("@take", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("@take", CompanyOverviewQueries.MaxRows);
        }

        return command;
    }

    private static async Task<List<T>> ReadAsync<T>(
        string connectionString, string sql, int companyId, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await ReadAsync(connection, sql, companyId, read, cancellationToken);
    }

    private static async Task<List<T>> ReadAsync<T>(
        SqliteConnection connection, string sql, int companyId, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, companyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static CompanyProfile ReadProfile(SqliteDataReader row) => new(
        row.GetInt32(0), row.GetString(1), NullableString(row, 2), NullableString(row, 3), NullableString(row, 4), NullableString(row, 5),
        NullableString(row, 6), row.IsDBNull(7) ? null : row.GetInt32(7), NullableString(row, 8), row.GetGuid(9));

    private static CompanyReference ReadReference(SqliteDataReader row) => new(row.GetInt32(0), row.GetString(1), NullableString(row, 2));

    private static CompanyDealRole ReadDealRole(SqliteDataReader row) => new(
        row.GetInt32(0), row.GetString(1), Enum.Parse<DealKind>(row.GetString(2)), Enum.Parse<DealStage>(row.GetString(3)),
        Enum.Parse<ParticipantRole>(row.GetString(4)), Enum.Parse<Verification>(row.GetString(5)));

    private static CompanyPartner ReadPartner(SqliteDataReader row) => new(row.GetInt32(0), row.GetString(1), row.GetInt32(2));

    private static TimelineItem ReadTimelineItem(SqliteDataReader row) => new(
        row.GetFieldValue<DateOnly>(0), Enum.Parse<DatePrecision>(row.GetString(1)), (TimelineKind)row.GetInt32(2), row.GetInt32(3), row.GetString(4), row.GetString(5),
        row.IsDBNull(6) ? null : Enum.Parse<DealStage>(row.GetString(6)), row.IsDBNull(7) ? null : Enum.Parse<DealStage>(row.GetString(7)), NullableString(row, 8));

    private static string? NullableString(SqliteDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);
}
