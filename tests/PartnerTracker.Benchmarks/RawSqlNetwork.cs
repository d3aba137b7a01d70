using System.Globalization;
using Microsoft.Data.Sqlite;
using PartnerTracker.Application.Features.Network;
using PartnerTracker.Domain;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// The network's database part (NetworkService.LoadAsync with no filter) written by hand against the SQLite schema:
/// the number of companies in deals, the N in the most deals, and the edges among them, on one connection.
/// </summary>
public static class RawSqlNetwork
{
    public const string CountSql = "SELECT COUNT(DISTINCT CompanyId) FROM DealParticipants";

    public const string TopSql = """
        SELECT t.CompanyId, c.Name, t.Deals
        FROM (SELECT CompanyId, COUNT(DISTINCT DealId) AS Deals FROM DealParticipants
              GROUP BY CompanyId ORDER BY Deals DESC, CompanyId LIMIT @limit) AS t
        JOIN Companies AS c ON c.Id = t.CompanyId
        ORDER BY t.Deals DESC, t.CompanyId
        """;

    public const string EdgesSql = """
        WITH members AS (
            SELECT p.DealId, p.CompanyId,
                   MAX(p.Role IN ('EquityPartner', 'FinancialLead', 'TechnologyLead', 'Investor', 'Target')) AS Principal,
                   MAX(p.Role <> 'PotentialPartner' AND p.Verification <> 'Rumored') AS Certain
            FROM DealParticipants AS p
            WHERE p.CompanyId IN (SELECT value FROM json_each(@ids))
            GROUP BY p.DealId, p.CompanyId)
        SELECT a.CompanyId, b.CompanyId, d.Kind,
               (a.Certain = 0 OR b.Certain = 0 OR d.Verification = 'Rumored') AS Potential,
               COUNT(*), SUM(d.ValueUsd), COUNT(*) - COUNT(d.ValueUsd)
        FROM members AS a
        JOIN members AS b ON b.DealId = a.DealId AND a.CompanyId < b.CompanyId
        JOIN Deals AS d ON d.Id = a.DealId
        WHERE a.Principal = 1 OR b.Principal = 1
           OR a.DealId NOT IN (SELECT DealId FROM DealParticipants
                               WHERE Role IN ('EquityPartner', 'FinancialLead', 'TechnologyLead', 'Investor', 'Target'))
        GROUP BY a.CompanyId, b.CompanyId, d.Kind, Potential
        ORDER BY a.CompanyId, b.CompanyId
        """;

    public static async Task<(IReadOnlyList<NetworkCompanyRow> Companies, IReadOnlyList<NetworkEdge> Edges, int CompaniesInFilter)> LoadAsync(
        string connectionString, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var count = new SqliteCommand(CountSql, connection);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

        var companies = new List<NetworkCompanyRow>();
        await using (var top = new SqliteCommand(TopSql, connection))
        {
            top.Parameters.AddWithValue("@limit", limit);
            await using var row = await top.ExecuteReaderAsync(cancellationToken);
            while (await row.ReadAsync(cancellationToken))
            {
                companies.Add(new NetworkCompanyRow(row.GetInt32(0), row.GetString(1), row.GetInt32(2)));
            }
        }

        var edges = new List<NetworkEdge>();
        await using (var command = new SqliteCommand(EdgesSql, connection))
        {
            command.Parameters.AddWithValue("@ids", "[" + string.Join(",", companies.Select(c => c.CompanyId)) + "]");
            await using var row = await command.ExecuteReaderAsync(cancellationToken);
            while (await row.ReadAsync(cancellationToken))
            {
                edges.Add(new NetworkEdge(
                    row.GetInt32(0), row.GetInt32(1), Enum.Parse<DealKind>(row.GetString(2)), row.GetInt32(3) == 1, row.GetInt32(4),
                    row.IsDBNull(5) ? null : Convert.ToDecimal(row.GetDouble(5)), row.GetInt32(6)));
            }
        }

        return (companies, edges, total);
    }
}
