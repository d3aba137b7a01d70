using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerTracker.Domain;

namespace PartnerTracker.Data;

internal static class ModelBuilderExtensions
{
    /// <summary>
    /// Adds a CHECK constraint for every enum column, so a forged value is refused by the database itself
    /// and not only by the application.
    /// </summary>
    public static void AddEnumCheckConstraints(this ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            // Owned types share their owner's table; the constraint is declared on the owner.
            var tableOwner = entityType;
            while (tableOwner.IsOwned())
            {
                tableOwner = tableOwner.FindOwnership()!.PrincipalEntityType;
            }

            var table = tableOwner.GetTableName()!;
            foreach (var property in entityType.GetDeclaredProperties())
            {
                var enumType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (!enumType.IsEnum)
                {
                    continue;
                }

                var column = property.GetColumnName();
                var allowed = string.Join(", ", Enum.GetNames(enumType).Select(n => $"'{n}'"));
                var sql = property.IsNullable || entityType.IsOwned()
                    ? $"{column} IS NULL OR {column} IN ({allowed})"
                    : $"{column} IN ({allowed})";
                tableOwner.AddCheckConstraint($"CK_{table}_{column}", sql);
            }
        }
    }

    /// <summary>
    /// Codes (enum names, ISO currency and country codes) compare exactly, whatever the text collation: a forged
    /// 'jointventure' or 'usd' must not pass a CHECK or a foreign key on a case-insensitive SQL Server or NOCASE SQLite.
    /// </summary>
    public static void UseBinaryCollationForCodes(this ModelBuilder modelBuilder, string binaryCollation)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            var isCode = type.IsEnum
                || property.Name is "CountryCode" or "CurrencyCode"
                || (property.DeclaringType.ClrType == typeof(Currency) && property.Name == nameof(Currency.Code))
                || (property.DeclaringType.ClrType == typeof(Money) && property.Name == nameof(Money.Currency));
            if (isCode)
            {
                property.SetCollation(binaryCollation);
            }
        }
    }

    /// <summary>Maps a <see cref="PartialDate"/> to two columns: the period's first day and its precision.</summary>
    public static void OwnsPartialDate<TEntity>(
        this EntityTypeBuilder<TEntity> builder,
        System.Linq.Expressions.Expression<Func<TEntity, PartialDate?>> navigation,
        string columnPrefix,
        bool required = false)
        where TEntity : class
    {
        builder.OwnsOne(navigation, date =>
        {
            date.Property(d => d.Start).HasColumnName(columnPrefix);
            date.Property(d => d.Precision).HasColumnName(columnPrefix + "Precision");
        });
        builder.Navigation(navigation!).IsRequired(required);
    }

    /// <summary>Maps an optional <see cref="Money"/> to four columns; the currency is a foreign key to the ISO 4217 table.</summary>
    public static void OwnsMoney<TEntity>(
        this EntityTypeBuilder<TEntity> builder,
        System.Linq.Expressions.Expression<Func<TEntity, Money?>> navigation,
        string columnPrefix)
        where TEntity : class
    {
        builder.OwnsOne(navigation, money =>
        {
            money.Property(m => m.Amount).HasColumnName(columnPrefix + "Amount");
            money.Property(m => m.Currency).HasColumnName(columnPrefix + "Currency").HasMaxLength(3).IsFixedLength();
            money.Property(m => m.Qualifier).HasColumnName(columnPrefix + "Qualifier");
            money.Property(m => m.IsEstimated).HasColumnName(columnPrefix + "IsEstimated");
            money.HasOne<Currency>().WithMany().HasForeignKey(m => m.Currency).OnDelete(DeleteBehavior.Restrict);
        });

        // An undisclosed value has neither amount nor currency; a disclosed one has both, and a positive amount.
        // "IS NOT NULL" is spelled out because a CHECK whose result is NULL passes.
        var (qualifier, amount, currency) = (columnPrefix + "Qualifier", columnPrefix + "Amount", columnPrefix + "Currency");
        builder.ToTable(t => t.HasCheckConstraint(
            $"CK_{typeof(TEntity).Name}_{columnPrefix}Disclosure",
            $"{qualifier} IS NULL OR ({qualifier} = 'Undisclosed' AND {amount} IS NULL AND {currency} IS NULL) "
            + $"OR ({qualifier} <> 'Undisclosed' AND {amount} IS NOT NULL AND {amount} > 0 AND {currency} IS NOT NULL)"));
    }
}
