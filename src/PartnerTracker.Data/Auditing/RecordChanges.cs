namespace PartnerTracker.Data.Auditing;

/// <summary>
/// A counter every save of the record moves (the audit interceptor sees them all), so that figures computed from
/// the whole record, like the dashboard's, can be kept until something changes. One per process: another app
/// instance's saves are not seen, which is why such figures also expire after a short time.
/// </summary>
public static class RecordChanges
{
    private static long version;

    /// <summary>Raised after a save that changed the record, on the saving thread; handlers must return quickly.</summary>
    public static event Action? Changed;

    public static long Version => Interlocked.Read(ref version);

    internal static void Note()
    {
        Interlocked.Increment(ref version);
        Changed?.Invoke();
    }
}
