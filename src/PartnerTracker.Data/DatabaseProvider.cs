namespace PartnerTracker.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a file under the app's data folder, no server needed.</summary>
    Sqlite,

    /// <summary>What a company deploys.</summary>
    SqlServer,
}
