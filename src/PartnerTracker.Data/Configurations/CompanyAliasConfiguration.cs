using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class CompanyAliasConfiguration : IEntityTypeConfiguration<CompanyAlias>
{
    public void Configure(EntityTypeBuilder<CompanyAlias> builder)
    {
        builder.Property(a => a.Alias).HasMaxLength(Company.NameMaxLength);
        builder.Property(a => a.NormalizedAlias).HasMaxLength(Company.NameMaxLength);
        builder.HasIndex(a => a.NormalizedAlias).IsUnique();
        builder.HasOne(a => a.Company).WithMany(c => c.Aliases).HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
