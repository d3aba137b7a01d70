namespace PartnerTracker.TestSupport;

/// <summary>A clock stopped at one instant, for figures that depend on "today" (this quarter).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
