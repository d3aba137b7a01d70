namespace PartnerTracker.Application.Features.Import;

/// <summary>How far a commit has come: <paramref name="Done"/> of <paramref name="Total"/> rows written (not yet committed).</summary>
public sealed record ImportProgress(int Done, int Total, string Step)
{
    public double Percent => Total == 0 ? 100 : Math.Min(100, Done * 100.0 / Total);
}

/// <summary>What a commit did. Anything but <see cref="Committed"/> means the database is as it was before.</summary>
public abstract record ImportOutcome
{
    public sealed record Committed(int Deals, int Companies, string Summary) : ImportOutcome;

    /// <summary>The file (or the database, meanwhile) holds something that stops the import; nothing was written.</summary>
    public sealed record Refused(string Message) : ImportOutcome;

    /// <summary>The user cancelled; the transaction was rolled back.</summary>
    public sealed record Cancelled : ImportOutcome;

    /// <summary>The caller's role may not write.</summary>
    public sealed record Forbidden(string Message) : ImportOutcome;
}
