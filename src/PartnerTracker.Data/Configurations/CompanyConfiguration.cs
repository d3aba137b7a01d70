using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Company.NameMaxLength);
        builder.Property(c => c.NormalizedName).HasMaxLength(Company.NameMaxLength);
        builder.HasIndex(c => c.NormalizedName).IsUnique();
        builder.HasIndex(c => c.Name);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.HasIndex(c => c.CountryCode);
        builder.Property(c => c.Sector).HasMaxLength(100);
        builder.HasIndex(c => c.Sector);
        builder.Property(c => c.Website).HasMaxLength(2048);
        builder.Property(c => c.Ticker).HasMaxLength(20);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.ParentCompany).WithMany(c => c.Subsidiaries)
            .HasForeignKey(c => c.ParentCompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Companies_CountryCode", "CountryCode IS NULL OR (CountryCode LIKE '__' AND CountryCode = UPPER(CountryCode))");
            t.HasCheckConstraint("CK_Companies_NotOwnParent", "ParentCompanyId IS NULL OR ParentCompanyId <> Id");
        });
    }
}
