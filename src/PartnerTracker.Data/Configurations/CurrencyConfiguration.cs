using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Configurations;

internal sealed class CurrencyConfiguration : IEntityTypeConfiguration<Currency>
{
    public void Configure(EntityTypeBuilder<Currency> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.Name).HasMaxLength(100);
        // Reference data, part of the schema: the foreign keys on money columns refuse any other code.
        builder.HasData(Currency.Known.Select(c => new Currency { Code = c.Code, Name = c.Name }));
    }
}
