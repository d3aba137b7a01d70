using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class DealLinkConfiguration : IEntityTypeConfiguration<DealLink>
{
    public void Configure(EntityTypeBuilder<DealLink> builder)
    {
        builder.HasIndex(l => new { l.FromDealId, l.ToDealId, l.Kind }).IsUnique();
        builder.HasIndex(l => l.ToDealId);
        // SQL Server refuses two cascade paths into one table, so links are removed explicitly with their deal.
        builder.HasOne(l => l.FromDeal).WithMany(d => d.OutgoingLinks).HasForeignKey(l => l.FromDealId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.ToDeal).WithMany(d => d.IncomingLinks).HasForeignKey(l => l.ToDealId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_DealLinks_NotSelf", "FromDealId <> ToDealId"));
    }
}
