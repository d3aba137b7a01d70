namespace PartnerTracker.Synthetic;

/// <summary>How much synthetic data <see cref="SyntheticDataGenerator"/> writes, and from which seed.</summary>
public sealed record SyntheticDataOptions
{
    /// <summary>The article's date: any fixed number works, this one is easy to recognise.</summary>
    public const int DefaultSeed = 20250204;

    /// <summary>A deal needs two distinct companies, and the skewed draw needs some room to find them.</summary>
    public const int MinimumCompanies = 10;

    public int Companies { get; init; } = 2_000;

    public int Deals { get; init; } = 10_000;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>
    /// Deals written per SaveChanges; the change tracker is cleared after each, so memory stays flat. Part of what
    /// makes a run repeatable: another batch size gives the same values, but some rows other ids.
    /// </summary>
    public int BatchSize { get; init; } = 5_000;
}
