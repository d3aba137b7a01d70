namespace PartnerTracker.Application.Common;

/// <summary>
/// What a write did: saved, refused with messages per field, refused as stale, found nothing to change, refused for
/// the caller's role, or refused by the database. Every refusal wrote nothing; the Web layer's one presenter
/// (Components/Shared/Outcome.cs) turns each into what the user reads.
/// </summary>
public abstract record CommandResult
{
    public bool IsSaved => this is Saved;

    /// <summary>The write happened; <paramref name="Id"/> is the record written.</summary>
    public sealed record Saved(int Id) : CommandResult;

    /// <summary>Nothing was written; each field names what is wrong with it ("" for the record as a whole).</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : CommandResult
    {
        public string Summary => string.Join(" ", Errors.SelectMany(e => e.Value));

        public static Invalid One(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
    }

    /// <summary>Someone else saved the record since it was opened; nothing was written.</summary>
    public sealed record Conflict(IReadOnlyList<FieldConflict> Fields) : CommandResult
    {
        /// <summary>Each field, by label, whose value the user tried to save differs from the stored one.</summary>
        public static Conflict Between(IReadOnlyDictionary<string, string?> yours, IReadOnlyDictionary<string, string?> stored) =>
            new(yours.Where(f => f.Value != stored[f.Key]).Select(f => new FieldConflict(f.Key, f.Value, stored[f.Key])).ToList());
    }

    public sealed record NotFound(string Message) : CommandResult;

    /// <summary>The caller's role does not allow this write; nothing was written.</summary>
    public sealed record Forbidden(string Message) : CommandResult;

    /// <summary>
    /// The database refused a write that passed every rule, and checking again found nothing to name (a constraint
    /// another change broke in between). Nothing was written; the message never carries the database's own text.
    /// </summary>
    public sealed record Refused(string Message) : CommandResult
    {
        /// <param name="record">How the message names the record ("deal", "participant").</param>
        public static Refused Of(string record) =>
            new($"The database refused this change to the {record}, although it passed every check: another change got in the way. Nothing was saved; reload and try again.");
    }
}

/// <summary>A field two people changed: what this user tried to save, and what is stored now.</summary>
public sealed record FieldConflict(string Field, string? Yours, string? Stored);
