using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Synthetic;

/// <summary>A hash of every row the generator writes, read back as stored, so two databases compare in one assertion.</summary>
internal static class TableDigest
{
    private static readonly string[] Tables =
        ["Companies", "CompanyAliases", "FxRates", "SourceArticles", "Deals", "DealParticipants", "StageChanges", "Citations"];

    // The concurrency token is a fresh GUID on every save by design; it is the one column that may differ.
    private const string ExcludedColumn = "Version";

    public static async Task<string> ComputeAsync(SqliteTestDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var text = new StringBuilder();
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                text.Append(table);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetName(i) != ExcludedColumn)
                    {
                        text.Append('|').Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                    }
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
