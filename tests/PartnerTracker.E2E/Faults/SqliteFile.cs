using Microsoft.Data.Sqlite;

namespace PartnerTracker.E2E.Faults;

/// <summary>
/// The app's SQLite file seen from outside the app, as another process would see it: its rows, its integrity, and
/// the locks another process can take on it. Every connection here is unpooled, so closing it releases its lock.
/// </summary>
public static class SqliteFile
{
    public static string In(string dataFolder) => Path.Combine(dataFolder, "partnertracker.db");

    /// <summary>Rows per table, every table of the file.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(string file)
    {
        await using var connection = await OpenAsync(file);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\"");
        }

        return counts;
    }

    /// <summary>SQLite's own check of every page and index: "ok" when the file is sound.</summary>
    public static async Task<string> IntegrityCheckAsync(string file)
    {
        await using var connection = await OpenAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// A connection in EXCLUSIVE locking mode that has read the file: until disposed, every other connection's
    /// read or write is refused "database is locked". It gets the lock only while no other connection has the
    /// file open (in WAL mode an open connection keeps it shared).
    /// </summary>
    public static async Task<IAsyncDisposable> LockExclusivelyAsync(string file)
    {
        var connection = await OpenAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT COUNT(*) FROM sqlite_master;";
        await command.ExecuteScalarAsync();
        return connection;
    }

    /// <summary>True when another connection holds a write transaction open: starting one here is refused "busy".</summary>
    public static async Task<bool> IsBeingWrittenAsync(string file)
    {
        // One second of Microsoft.Data.Sqlite's busy retries: enough for a commit that is finishing to finish.
        await using var connection = await OpenAsync(file, defaultTimeoutSeconds: 1);
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
        try
        {
            await command.ExecuteNonQueryAsync();
            return false;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 5)
        {
            return true;
        }
    }

    public static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<SqliteConnection> OpenAsync(string file, int defaultTimeoutSeconds = 30)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = defaultTimeoutSeconds,
        }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
