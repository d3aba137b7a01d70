using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests;

/// <summary>
/// Every row of every table, with every column (version tokens and the audit trail included), as one string read
/// straight from SQLite: equal before and after means a refused write changed nothing at all. Tables are listed from
/// the schema itself, so a table a later migration adds is covered without editing this file.
/// </summary>
internal static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(SqliteTestDatabase database, CancellationToken cancellationToken) =>
        string.Join("\n", await RowsAsync(database, cancellationToken));

    /// <summary>One line per row: "Table|column=value|...", tables by name, rows in storage order.</summary>
    public static async Task<IReadOnlyList<string>> RowsAsync(SqliteTestDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();

        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            var count = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                var cells = Enumerable.Range(0, reader.FieldCount)
                    .Select(i => $"{reader.GetName(i)}={Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}");
                rows.Add($"{table}|{string.Join("|", cells)}");
                count++;
            }

            rows.Add($"{table}: {count} rows");
        }

        return rows;
    }

    /// <summary>The rows only one of two snapshots has, for a failure message a person can read.</summary>
    public static string Difference(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var gone = before.Except(after, StringComparer.Ordinal).Take(10).Select(r => "- " + Shorten(r));
        var added = after.Except(before, StringComparer.Ordinal).Take(10).Select(r => "+ " + Shorten(r));
        return string.Join("\n", gone.Concat(added));
    }

    private static string Shorten(string row) => row.Length <= 400 ? row : row[..400] + "…";
}
