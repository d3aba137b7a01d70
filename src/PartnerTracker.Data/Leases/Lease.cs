using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnerTracker.Data.Leases;

/// <summary>
/// A named right to do something alone, held by one holder until it is released or expires: the lock that several
/// app instances on one database agree on (docs/adr/0010-shared-state-lives-in-the-database.md). One row per name,
/// created by the migration; not a domain record, so never audited.
/// </summary>
public class Lease
{
    public const int NameMaxLength = 100;

    /// <summary>The changes that decide whether an administrator exists (setup, demoting or deleting an admin).</summary>
    public const string Administrators = "administrators";

    public required string Name { get; set; }

    /// <summary>Who holds it now (one acquisition, not one process); null when free.</summary>
    public string? Holder { get; set; }

    /// <summary>When a holder that never released it (a crashed instance) stops holding it.</summary>
    public DateTime? ExpiresAtUtc { get; set; }
}

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(Lease.NameMaxLength);
        builder.Property(l => l.Holder).HasMaxLength(64);
        builder.HasData(new Lease { Name = Lease.Administrators });
    }
}
