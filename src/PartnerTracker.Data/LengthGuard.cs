using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace PartnerTracker.Data;

/// <summary>
/// SQLite ignores declared column lengths; SQL Server refuses longer text. Checking the model's maximum lengths
/// before every save makes both providers refuse the same writes.
/// </summary>
internal static class LengthGuard
{
    public static void Check(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            if (property.CurrentValue is string text && property.Metadata.GetMaxLength() is { } max && text.Length > max)
            {
                throw new DbUpdateException(
                    $"{entry.Metadata.ClrType.Name}.{property.Metadata.Name} is {text.Length:N0} characters long; the column holds at most {max:N0}.");
            }
        }
    }
}
