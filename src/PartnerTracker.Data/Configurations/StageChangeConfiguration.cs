using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> builder)
    {
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.HasIndex(s => s.DealId);
        builder.HasIndex(s => s.RecordedAtUtc);
        builder.OwnsPartialDate(s => s.EffectiveOn, "EffectiveOn", required: true);
        builder.OwnsOne(s => s.EffectiveOn, date => date.HasIndex(d => d.Start));
        builder.HasOne(s => s.Deal).WithMany(d => d.StageHistory).HasForeignKey(s => s.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.SourceArticle).WithMany().HasForeignKey(s => s.SourceArticleId).OnDelete(DeleteBehavior.Restrict);
    }
}
