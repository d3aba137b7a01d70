using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class DealParticipantConfiguration : IEntityTypeConfiguration<DealParticipant>
{
    public void Configure(EntityTypeBuilder<DealParticipant> builder)
    {
        // A company may hold several roles in one deal (SoftBank: equity partner and financial lead), each once.
        builder.HasIndex(p => new { p.DealId, p.CompanyId, p.Role }).IsUnique();
        builder.HasIndex(p => p.CompanyId);
        builder.HasOne(p => p.Deal).WithMany(d => d.Participants).HasForeignKey(p => p.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Company).WithMany(c => c.Participations).HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMoney(p => p.Commitment, "Commitment");
    }
}
