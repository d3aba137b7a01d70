using System.Globalization;
using Microsoft.Data.Sqlite;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// The deals list page written by hand against the SQLite schema: the yardstick EF Core is measured against.
/// It covers the filters the benchmarks use (text, stages, minimum USD value) and the USD-value sort, and refuses
/// anything else rather than quietly answer a different question.
/// </summary>
public static class RawSqlDealsList
{
    // The same columns as DealListItem, with the two counts the DTO carries as correlated subqueries.
    private const string PageSql = """
        SELECT d.Id, d.Name, d.Kind, d.Stage, d.Verification,
               d.ValueAmount, d.ValueCurrency, d.ValueQualifier, d.ValueIsEstimated, d.ValueUsd,
               d.AnnouncedOn, d.AnnouncedOnPrecision,
               (SELECT COUNT(DISTINCT p.CompanyId) FROM DealParticipants AS p WHERE p.DealId = d.Id) AS CompanyCount,
               (SELECT COUNT(*) FROM Citations AS c WHERE c.DealId = d.Id) AS CitationCount
        FROM Deals AS d
        WHERE {0}
        ORDER BY d.ValueUsd DESC, d.Id
        LIMIT @take OFFSET @skip
        """;

    private const string CountSql = "SELECT COUNT(*) FROM Deals AS d WHERE {0}";

    // A deal matches a text when its name or summary does, or a participating company's name or alias does.
    private const string TextCondition = """
        (d.Name LIKE @text ESCAPE '\' OR d.Summary LIKE @text ESCAPE '\'
         OR {0})
        """;

    // Per deal, as DealQueries asked before it adopted companies first: SQLite runs this correlated subquery once
    // for every deal it scans.
    private const string CompaniesPerDeal = """
        EXISTS (SELECT 1 FROM DealParticipants AS p JOIN Companies AS c ON c.Id = p.CompanyId
                WHERE p.DealId = d.Id AND ({0}))
        """;

    // Companies first, the shape DealQueries.List now sends: the subquery is not correlated, so SQLite builds the
    // set of matching deals once.
    private const string CompaniesFirst = """
        d.Id IN (SELECT p.DealId FROM DealParticipants AS p
                 WHERE p.CompanyId IN (SELECT c.Id FROM Companies AS c WHERE {0}))
        """;

    private const string CompanyNameOrAlias =
        "c.Name LIKE @text ESCAPE '\\' OR EXISTS (SELECT 1 FROM CompanyAliases AS a WHERE a.CompanyId = c.Id AND a.Alias LIKE @text ESCAPE '\\')";

    public static async Task<PagedResult<DealListItem>> PageAsync(
        string connectionString, DealFilter filter, ListRequest request, CompanyMatch companyMatch = CompanyMatch.PerDeal, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var (count, page) = Commands(connection, filter, request, companyMatch);
        await using (count)
        await using (page)
        {
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            var items = new List<DealListItem>(request.Take);
            await using var reader = await page.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(Read(reader));
            }

            return new PagedResult<DealListItem>(items, total);
        }
    }

    /// <summary>The count and the page query, parameters bound, for running or for EXPLAIN QUERY PLAN.</summary>
    public static (SqliteCommand Count, SqliteCommand Page) Commands(
        SqliteConnection connection, DealFilter filter, ListRequest request, CompanyMatch companyMatch = CompanyMatch.PerDeal)
    {
        if (request.SortBy != nameof(DealListItem.ValueUsd) || !request.Descending)
        {
            throw new NotSupportedException("The hand-written deals query sorts by USD value, largest first, only.");
        }

        var (where, parameters) = Where(filter, companyMatch);
        var count = new SqliteCommand(Format(CountSql, where), connection);
        count.Parameters.AddRange(parameters);
        var page = new SqliteCommand(Format(PageSql, where), connection);
        page.Parameters.AddRange(parameters.Select(p => new SqliteParameter(p.ParameterName, p.Value)));
        page.Parameters.AddWithValue("@take", request.Take);
        page.Parameters.AddWithValue("@skip", request.Skip);
        return (count, page);
    }

    private static (string Where, SqliteParameter[] Parameters) Where(DealFilter filter, CompanyMatch companyMatch)
    {
        if (filter.Kinds.Count > 0 || filter.Verifications.Count > 0 || filter.CountryCode is not null || filter.Sector is not null
            || filter.CompanyId is not null || filter.AnnouncedFrom is not null || filter.AnnouncedTo is not null || filter.MaxValueUsd is not null)
        {
            throw new NotSupportedException("The hand-written deals query filters by text, stages and minimum USD value only.");
        }

        var conditions = new List<string>();
        var parameters = new List<SqliteParameter>();
        if (TextSearch.ContainsPattern(filter.Text) is { } pattern)
        {
            var companies = companyMatch == CompanyMatch.PerDeal ? CompaniesPerDeal : CompaniesFirst;
            conditions.Add(Format(TextCondition, Format(companies, CompanyNameOrAlias)));
            parameters.Add(new SqliteParameter("@text", pattern));
        }

        if (filter.Stages.Count > 0)
        {
            var names = filter.Stages.Select((_, i) => $"@stage{i}").ToList();
            conditions.Add($"d.Stage IN ({string.Join(", ", names)})");
            parameters.AddRange(filter.Stages.Select((stage, i) => new SqliteParameter(names[i], stage.ToString())));
        }

        if (filter.MinValueUsd is { } min)
        {
            // ValueUsd is a REAL column (SQLite has no decimal type), so the bound is a double as well.
            conditions.Add("d.ValueUsd >= @minValueUsd");
            parameters.Add(new SqliteParameter("@minValueUsd", (double)min));
        }

        return (conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions), [.. parameters]);
    }

    private static string Format(string sql, string part) => string.Format(CultureInfo.InvariantCulture, sql, part);

    private static DealListItem Read(SqliteDataReader row) => new()
    {
        Id = row.GetInt32(0),
        Name = row.GetString(1),
        Kind = Enum.Parse<DealKind>(row.GetString(2)),
        Stage = Enum.Parse<DealStage>(row.GetString(3)),
        Verification = Enum.Parse<Verification>(row.GetString(4)),
        ValueAmount = ReadMoney(row, 5),
        ValueCurrency = row.IsDBNull(6) ? null : row.GetString(6),
        ValueQualifier = row.IsDBNull(7) ? null : Enum.Parse<MoneyQualifier>(row.GetString(7)),
        ValueIsEstimated = row.IsDBNull(8) ? null : row.GetBoolean(8),
        ValueUsd = ReadMoney(row, 9),
        AnnouncedOnStart = row.IsDBNull(10) ? null : row.GetFieldValue<DateOnly>(10),
        AnnouncedOnPrecision = row.IsDBNull(11) ? null : Enum.Parse<DatePrecision>(row.GetString(11)),
        CompanyCount = row.GetInt32(12),
        CitationCount = row.GetInt32(13),
    };

    // Money is stored as REAL; the cast back to decimal is the one EF Core's value converter makes.
    private static decimal? ReadMoney(SqliteDataReader row, int column) => row.IsDBNull(column) ? null : (decimal)row.GetDouble(column);
}

/// <summary>How the hand-written query matches a text against the companies taking part in a deal.</summary>
public enum CompanyMatch
{
    /// <summary>What EF Core sent for DealQueries.List before the rewrite: a correlated EXISTS over each deal's participants.</summary>
    PerDeal,

    /// <summary>What the app sends now: the matching companies are found once, then their deals by company id.</summary>
    CompaniesFirst,
}
