using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.Property(a => a.Field).HasMaxLength(100);
        builder.Property(a => a.RecordType).HasMaxLength(100);
        builder.Property(a => a.RecordId).HasMaxLength(100);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });

        // A record's History page: its entries, newest first, from the index alone.
        builder.HasIndex(a => new { a.RecordType, a.RecordId, a.Id });
        builder.HasIndex(a => a.AtUtc);
    }
}
