using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Common;

/// <summary>
/// The writes every edited record shares: create, edit with conflict detection, and delete, each with one short-
/// lived context and validation before the database. A save compares the token the form was opened with, makes
/// the UPDATE itself check it (so a save landing between our read and our write is caught), and answers a
/// conflict with each field the user changed beside the stored value. A database refusal is answered in words, never
/// thrown (docs/adr/0006-app-managed-concurrency-tokens.md).
/// </summary>
public abstract class VersionedEditor<TEntity, TModel>(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user)
    where TEntity : class, IVersioned
    where TModel : class, IEditModel
{
    /// <summary>How messages name this kind of record ("Person", "Product", "Event").</summary>
    protected abstract string RecordName { get; }

    /// <summary>One short-lived context per operation, for the reads a derived editor adds.</summary>
    protected IDbContextFactory<PartnerTrackerDbContext> Contexts => contexts;

    /// <summary>Who writes, for what a derived editor records as its author (a deal's stage history).</summary>
    protected ICurrentUser User => user;

    /// <summary>The form for an existing record as stored now; null when no record has that id.</summary>
    public async Task<TModel?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await ById(db, id).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return entity is null ? null : ToModel(entity);
    }

    public async Task<CommandResult> CreateAsync(TModel model, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var validation = await ValidateAsync(db, model, null, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var entity = NewEntity(model);
        await ApplyAsync(db, entity, model, cancellationToken);
        OnCreating(entity);
        db.Add(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return await RefusedMeanwhileAsync(model, null, cancellationToken);
        }

        return new CommandResult.Saved(IdOf(db, entity));
    }

    /// <param name="overwrite">True when the user saw the conflict and chose to replace the stored values.</param>
    public async Task<CommandResult> UpdateAsync(int id, TModel model, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await ById(db, id).SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
        {
            return new CommandResult.NotFound($"{RecordName} {id} no longer exists; someone may have deleted it.");
        }

        if (!overwrite && entity.Version != model.Version)
        {
            return await ConflictAsync(db, model, ToModel(entity), cancellationToken);
        }

        var validation = await ValidateAsync(db, model, id, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        // The token the user saw is the one the UPDATE must still find.
        await ApplyAsync(db, entity, model, cancellationToken);
        return await SaveCheckedAsync(db, entity, overwrite ? entity.Version : model.Version,
            () => CurrentConflictAsync(id, model, cancellationToken), () => RefusedMeanwhileAsync(model, id, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// A command on a stored record besides its form (a deal's stage change) on the same path as an edit: refused for
    /// a role that may not write, a record deleted meanwhile, input its rules refuse, or a version someone else saved
    /// since <paramref name="version"/>; then saved with the UPDATE checking the token.
    /// </summary>
    /// <param name="validate">The command's rules, given the stored record.</param><param name="apply">Makes the change on the tracked record (the entity guards its own invariants).</param>
    /// <param name="stale">The conflict to show when the record moved on, given what is stored now.</param>
    protected async Task<CommandResult> ChangeAsync(int id, Guid version, Func<PartnerTrackerDbContext, TEntity, Task<Validation>> validate,
        Action<PartnerTrackerDbContext, TEntity> apply, Func<TEntity, CommandResult.Conflict> stale, CancellationToken cancellationToken)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await ById(db, id).SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
        {
            return new CommandResult.NotFound($"{RecordName} {id} no longer exists; someone may have deleted it.");
        }

        // A stale page first: its choice was made against a record that has moved on (a colleague set that stage).
        if (entity.Version != version)
        {
            return stale(entity);
        }

        var validation = await validate(db, entity);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        apply(db, entity);
        return await SaveCheckedAsync(db, entity, version, StoredConflictAsync, () => Task.FromResult<CommandResult>(Refused()), cancellationToken);

        async Task<CommandResult> StoredConflictAsync()
        {
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            var stored = await ById(fresh, id).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            return stored is null ? new CommandResult.NotFound($"{RecordName} {id} was deleted meanwhile; nothing was saved.") : stale(stored);
        }
    }

    /// <summary>Saves a record whose UPDATE must find <paramref name="version"/>; always written, so every save is checked and seen.</summary>
    private static async Task<CommandResult> SaveCheckedAsync(PartnerTrackerDbContext db, TEntity entity, Guid version,
        Func<Task<CommandResult>> conflict, Func<Task<CommandResult>> refused, CancellationToken cancellationToken)
    {
        var token = db.Entry(entity).Property(nameof(IVersioned.Version));
        token.OriginalValue = version;
        token.IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await conflict();
        }
        catch (DbUpdateException)
        {
            return await refused();
        }

        return new CommandResult.Saved(IdOf(db, entity));
    }

    /// <summary>What deleting the record would take with it, or what stops it; null when it is gone.</summary>
    public async Task<DeletionPreview?> DescribeDeletionAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Set<TEntity>().AsNoTracking().Where(e => EF.Property<int>(e, "Id") == id).SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
        {
            return null;
        }

        return await DeletionBlockerAsync(db, id, NameOf(entity), cancellationToken) is { } blocker
            ? new DeletionPreview(blocker, Allowed: false)
            : new DeletionPreview(await DeletionQuestionAsync(db, id, NameOf(entity), cancellationToken), Allowed: true);
    }

    /// <summary>Deletes the record and what only describes it, in one transaction; refused while others refer to it.</summary>
    public async Task<CommandResult> DeleteAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Set<TEntity>().Where(e => EF.Property<int>(e, "Id") == id).SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
        {
            return new CommandResult.NotFound($"{RecordName} {id} was already deleted.");
        }

        if (await DeletionBlockerAsync(db, id, NameOf(entity), cancellationToken) is { } blocker)
        {
            return CommandResult.Invalid.One("", blocker);
        }

        if (entity.Version != version)
        {
            return StaleDeletion();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RemoveDependentsAsync(db, id, cancellationToken);
        db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = version;
        db.Remove(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleDeletion();
        }
        catch (DbUpdateException)
        {
            // Something new refers to the record (added after the blocker check): nothing was deleted.
            return Refused();
        }

        await transaction.CommitAsync(cancellationToken);
        return new CommandResult.Saved(id);
    }

    /// <summary>The record with what its form needs loaded; tracked unless the caller says otherwise.</summary>
    protected virtual IQueryable<TEntity> Query(PartnerTrackerDbContext db) => db.Set<TEntity>();

    protected abstract TModel ToModel(TEntity entity);

    protected abstract string NameOf(TEntity entity);

    protected abstract TEntity NewEntity(TModel model);

    /// <summary>Copies the validated fields onto the entity.</summary>
    protected abstract void Apply(TEntity entity, TModel model);

    /// <summary>Copies the validated fields, with what needs the database besides (a deal's stored dated rate).</summary>
    protected virtual Task ApplyAsync(PartnerTrackerDbContext db, TEntity entity, TModel model, CancellationToken cancellationToken)
    {
        Apply(entity, model);
        return Task.CompletedTask;
    }

    /// <summary>What a new record records about its own start before its first save (a deal's first stage).</summary>
    protected virtual void OnCreating(TEntity entity) { }

    /// <summary>The form's rules, then those that need the database (ids that must exist, unique names).</summary>
    protected abstract Task<Validation> ValidateAsync(PartnerTrackerDbContext db, TModel model, int? id, CancellationToken cancellationToken);

    /// <summary>Each field as a person reads it, by label, with the names of the records it refers to.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> DescribeAsync(PartnerTrackerDbContext db, TModel model, CancellationToken cancellationToken);

    /// <summary>Why the record cannot be deleted now, naming what still refers to it; null when it can.</summary>
    protected virtual Task<string?> DeletionBlockerAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);

    protected abstract Task<string> DeletionQuestionAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken);

    /// <summary>Removes what the schema does not cascade (citations never cascade).</summary>
    protected abstract Task RemoveDependentsAsync(PartnerTrackerDbContext db, int id, CancellationToken cancellationToken);

    private IQueryable<TEntity> ById(PartnerTrackerDbContext db, int id) => Query(db).Where(e => EF.Property<int>(e, "Id") == id);

    private static int IdOf(PartnerTrackerDbContext db, TEntity entity) => (int)db.Entry(entity).Property("Id").CurrentValue!;

    private CommandResult.Conflict StaleDeletion() =>
        new([new FieldConflict(RecordName, null, null)]); // the record as a whole moved on: no one field to set beside another


    private async Task<CommandResult.Conflict> ConflictAsync(PartnerTrackerDbContext db, TModel yours, TModel stored, CancellationToken cancellationToken)
    {
        var mine = await DescribeAsync(db, yours, cancellationToken);
        var theirs = await DescribeAsync(db, stored, cancellationToken);
        return CommandResult.Conflict.Between(mine, theirs);
    }

    private async Task<CommandResult> CurrentConflictAsync(int id, TModel model, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await ById(db, id).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return entity is null
            ? new CommandResult.NotFound($"{RecordName} {id} was deleted while you edited it.")
            : await ConflictAsync(db, model, ToModel(entity), cancellationToken);
    }

    /// <summary>
    /// The database refused a write that passed validation: someone changed what it checked in between (took the
    /// name, deleted the company). Validating again on a fresh context says what, in words.
    /// </summary>
    private async Task<CommandResult> RefusedMeanwhileAsync(TModel model, int? id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var validation = await ValidateAsync(db, model, id, cancellationToken);
        return validation.IsValid ? Refused() : validation.ToResult();
    }

    private CommandResult.Refused Refused() => CommandResult.Refused.Of(RecordName.ToLowerInvariant());
}
