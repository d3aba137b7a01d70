using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Auditing;

/// <summary>
/// Every save of a context passes here, whichever command, page or script made it: a reader's save is refused, the
/// audit trail is never rewritten, and each change is recorded with who made it. The record's rows and its audit
/// entries commit together (the save is wrapped in a transaction when the caller has none), so neither exists alone.
/// One instance per context: it carries the trail between "saving" and "saved".
/// </summary>
internal sealed class AuditInterceptor(IActingUser actor, TimeProvider clock) : SaveChangesInterceptor
{
    private AuditTrail? pending;
    private IDbContextTransaction? ownTransaction;
    private bool writingTrail;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Begin(eventData.Context!))
        {
            ownTransaction = eventData.Context!.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Begin(eventData.Context!))
        {
            ownTransaction = await eventData.Context!.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (writingTrail)
        {
            return result;
        }

        try
        {
            if (TakeEntries(eventData.Context!))
            {
                eventData.Context!.SaveChanges();
            }

            ownTransaction?.Commit();
        }
        finally
        {
            writingTrail = false;
            EndTransaction();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (writingTrail)
        {
            return result;
        }

        try
        {
            if (TakeEntries(eventData.Context!))
            {
                await eventData.Context!.SaveChangesAsync(cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            writingTrail = false;
            EndTransaction();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (writingTrail)
        {
            return; // the outer save sees the exception and ends the transaction
        }

        pending = null;
        EndTransaction();
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    /// <summary>Checks the save and reads its changes; true when this save needs a transaction of its own.</summary>
    private bool Begin(DbContext context)
    {
        if (writingTrail)
        {
            return false; // the nested save that writes the audit entries themselves
        }

        var entries = context.ChangeTracker.Entries().ToList();
        if (entries.Any(e => e.Entity is AuditEntry && e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new WriteRefusedException("The audit trail is written once and never changed.");
        }

        if (!actor.CanWrite && AuditTrail.DomainChanges(entries).Any())
        {
            throw new WriteRefusedException($"{actor.Name} may not change records.");
        }

        if (context is PartnerTrackerDbContext { RestoresExport: true })
        {
            return false; // the restored rows come with their own trail
        }

        var trail = AuditTrail.Collect(entries);
        if (trail.IsEmpty)
        {
            return false;
        }

        pending = trail;
        return context.Database.CurrentTransaction is null;
    }

    private bool TakeEntries(DbContext context)
    {
        if (pending is not { } trail)
        {
            return false;
        }

        pending = null;
        writingTrail = true;
        context.Set<AuditEntry>().AddRange(trail.ToEntries(actor.Name, clock.GetUtcNow().UtcDateTime));
        return true;
    }

    private void EndTransaction()
    {
        ownTransaction?.Dispose();
        ownTransaction = null;
    }
}
