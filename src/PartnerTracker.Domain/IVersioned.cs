namespace PartnerTracker.Domain;

/// <summary>
/// A record two people may edit at once. <see cref="Version"/> is an app-managed optimistic-concurrency token,
/// regenerated on every save: it works on SQLite, which has no server-generated rowversion, and on SQL Server alike.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
