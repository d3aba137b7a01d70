using Microsoft.EntityFrameworkCore;

namespace PartnerTracker.Data.Leases;

/// <summary>
/// Takes a <see cref="Lease"/> for as long as a piece of work must run alone, across every app instance on the
/// database: a single UPDATE that succeeds only while the lease is free or expired, so the database decides who
/// holds it. Waits its turn, polling; a holder that crashed loses the lease when it expires.
/// </summary>
public sealed class DatabaseLease(IDbContextFactory<PartnerTrackerDbContext> contexts, TimeProvider clock)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>Holds <paramref name="name"/> until the returned handle is disposed, or for <paramref name="hold"/> at most.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        var holder = Guid.NewGuid().ToString("N");
        while (!await TryTakeAsync(name, holder, hold, cancellationToken))
        {
            await Task.Delay(Poll, clock, cancellationToken);
        }

        return new Held(this, name, holder);
    }

    private async Task<bool> TryTakeAsync(string name, string holder, TimeSpan hold, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + hold;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = await db.Leases
            .Where(l => l.Name == name && (l.Holder == null || l.ExpiresAtUtc == null || l.ExpiresAtUtc < now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, until), cancellationToken);
        return taken == 1;
    }

    private async Task ReleaseAsync(string name, string holder)
    {
        // Released even when the work was cancelled: a lease left held would make everyone wait for its expiry.
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Leases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAtUtc, (DateTime?)null), CancellationToken.None);
    }

    private sealed class Held(DatabaseLease leases, string name, string holder) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(leases.ReleaseAsync(name, holder));
    }
}
