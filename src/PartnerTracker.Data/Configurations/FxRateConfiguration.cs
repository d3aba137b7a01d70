using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class FxRateConfiguration : IEntityTypeConfiguration<FxRate>
{
    public void Configure(EntityTypeBuilder<FxRate> builder)
    {
        builder.Property(r => r.CurrencyCode).HasMaxLength(3).IsFixedLength();
        builder.HasIndex(r => new { r.CurrencyCode, r.Date }).IsUnique();
        builder.Property(r => r.RateToUsd).HasPrecision(28, 12);
        builder.Property(r => r.Source).HasMaxLength(500);
        builder.HasOne<Currency>().WithMany().HasForeignKey(r => r.CurrencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_FxRates_RateToUsd", "RateToUsd > 0"));
    }
}
