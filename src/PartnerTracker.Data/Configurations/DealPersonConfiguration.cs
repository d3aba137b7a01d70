using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class DealPersonConfiguration : IEntityTypeConfiguration<DealPerson>
{
    public void Configure(EntityTypeBuilder<DealPerson> builder)
    {
        builder.ToTable("DealPeople");
        builder.HasIndex(p => new { p.DealId, p.PersonId, p.Role }).IsUnique();
        builder.HasIndex(p => p.PersonId);
        builder.HasOne(p => p.Deal).WithMany(d => d.People).HasForeignKey(p => p.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Person).WithMany(p => p.DealRoles).HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
