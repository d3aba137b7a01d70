using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Place).HasMaxLength(300);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.OwnsPartialDate(e => e.Date, "Date", required: true);
        builder.OwnsOne(e => e.Date, date => date.HasIndex(d => d.Start));
    }
}

internal sealed class EventAttendeeConfiguration : IEntityTypeConfiguration<EventAttendee>
{
    public void Configure(EntityTypeBuilder<EventAttendee> builder)
    {
        builder.HasKey(a => new { a.EventId, a.PersonId });
        builder.HasIndex(a => a.PersonId);
        builder.HasOne(a => a.Event).WithMany(e => e.Attendees).HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Person).WithMany(p => p.EventsAttended).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EventCompanyConfiguration : IEntityTypeConfiguration<EventCompany>
{
    public void Configure(EntityTypeBuilder<EventCompany> builder)
    {
        builder.HasKey(c => new { c.EventId, c.CompanyId });
        builder.HasIndex(c => c.CompanyId);
        builder.HasOne(c => c.Event).WithMany(e => e.Companies).HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Company).WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EventDealConfiguration : IEntityTypeConfiguration<EventDeal>
{
    public void Configure(EntityTypeBuilder<EventDeal> builder)
    {
        builder.HasKey(d => new { d.EventId, d.DealId });
        builder.HasIndex(d => d.DealId);
        builder.HasOne(d => d.Event).WithMany(e => e.Deals).HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Deal).WithMany().HasForeignKey(d => d.DealId).OnDelete(DeleteBehavior.Restrict);
    }
}
