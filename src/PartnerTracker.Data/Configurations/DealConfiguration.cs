using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(Deal.NameMaxLength);
        builder.HasIndex(d => d.Name);
        builder.Property(d => d.Summary).HasMaxLength(4000);
        builder.Property(d => d.CountryCode).HasMaxLength(2);
        builder.Property(d => d.Version).IsConcurrencyToken();

        // The lists filter and sort by these.
        builder.HasIndex(d => d.Stage);
        builder.HasIndex(d => d.Kind);
        builder.HasIndex(d => d.Verification);
        builder.HasIndex(d => d.ValueUsd);

        builder.OwnsMoney(d => d.Value, "Value");
        builder.OwnsPartialDate(d => d.AnnouncedOn, "AnnouncedOn");
        builder.OwnsOne(d => d.AnnouncedOn, date => date.HasIndex(d => d.Start));
        builder.OwnsPartialDate(d => d.ExpectedCloseOn, "ExpectedCloseOn");

        builder.HasOne(d => d.FxRate).WithMany().HasForeignKey(d => d.FxRateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.ParentDeal).WithMany(d => d.SubDeals)
            .HasForeignKey(d => d.ParentDealId).OnDelete(DeleteBehavior.Restrict);

        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Deals_ValueUsd", "ValueUsd IS NULL OR (ValueUsd >= 0 AND FxRateId IS NOT NULL)");
            t.HasCheckConstraint("CK_Deals_CountryCode", "CountryCode IS NULL OR (CountryCode LIKE '__' AND CountryCode = UPPER(CountryCode))");
            t.HasCheckConstraint("CK_Deals_NotOwnParent", "ParentDealId IS NULL OR ParentDealId <> Id");
        });
    }
}

