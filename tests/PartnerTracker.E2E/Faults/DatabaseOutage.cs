using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Data;

namespace PartnerTracker.E2E.Faults;

/// <summary>How the app's SQLite database goes out of reach in a test, and comes back.</summary>
public enum DatabaseOutage
{
    /// <summary>
    /// Another process holds the file in EXCLUSIVE locking mode: every read the app tries is refused "database is
    /// locked" and retried until its command timeout. The app's file is in WAL mode, where an open connection
    /// keeps the file shared, so the app's idle pooled connections are closed first (as after a quiet spell).
    /// </summary>
    Locked,

    /// <summary>
    /// The file cannot be opened, as when its network share or disk is gone: every connection the app opens fails
    /// with SQLite's own error 14, "unable to open database file", raised by an interceptor while the outage lasts.
    /// (File permissions cannot do it: CI runs as root.)
    /// </summary>
    Unopenable,
}

/// <summary>An app with an outage switch, and the switch.</summary>
public sealed class OutageSwitch(DatabaseOutage kind)
{
    private readonly UnopenableFile unopenable = new();

    /// <summary>Registers what the outage needs in the app under test (RunningApp's configure hook).</summary>
    public void Configure(IWebHostBuilder web)
    {
        if (kind == DatabaseOutage.Unopenable)
        {
            web.ConfigureServices(services => services.ConfigureDbContext<PartnerTrackerDbContext>(options => options.AddInterceptors(unopenable)));
        }
    }

    /// <summary>Starts the outage of the app's <paramref name="file"/>; disposing ends it.</summary>
    public async Task<IAsyncDisposable> BeginAsync(string file)
    {
        if (kind == DatabaseOutage.Unopenable)
        {
            unopenable.Out = true;
            return new Ending(() => unopenable.Out = false);
        }

        // The app runs in this test process, so this closes its idle connections too.
        SqliteConnection.ClearAllPools();
        return await SqliteFile.LockExclusivelyAsync(file);
    }

    private sealed class Ending(Action end) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            end();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class UnopenableFile : DbConnectionInterceptor
    {
        public volatile bool Out;

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            Out ? throw CannotOpen() : result;

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Out ? throw CannotOpen() : ValueTask.FromResult(result);

        private static SqliteException CannotOpen() => new("SQLite Error 14: 'unable to open database file'.", 14);
    }
}
