namespace PartnerTracker.Data.Auditing;

/// <summary>
/// Whom a context writes for: named on every audit entry, and refused by the save itself when they may not write,
/// so no write path (a new page, a script, a forgotten check) can change the record for a reader.
/// </summary>
public interface IActingUser
{
    string Name { get; }

    bool CanWrite { get; }
}
