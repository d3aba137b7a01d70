namespace PartnerTracker.Data.Auditing;

/// <summary>The app itself: seeding, migrations and command-line verbs write as "system".</summary>
public sealed class SystemUser : IActingUser
{
    public static readonly SystemUser Instance = new();

    private SystemUser()
    {
    }

    public string Name => "system";

    public bool CanWrite => true;
}
