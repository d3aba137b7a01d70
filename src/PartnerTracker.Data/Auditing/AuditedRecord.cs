using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerTracker.Domain;

namespace PartnerTracker.Data.Auditing;

/// <summary>Which record's History a changed row belongs to: parts of a deal, company or event show on their owner.</summary>
internal static class AuditedRecord
{
    // Tried in order; the first foreign key with a value names the owner. A citation shows on the fact it supports
    // when that fact is a deal, event or company, and on its source otherwise.
    private static readonly Dictionary<Type, (string Type, string Key)[]> Owners = new()
    {
        [typeof(DealParticipant)] = [(nameof(Deal), nameof(DealParticipant.DealId))],
        [typeof(DealPerson)] = [(nameof(Deal), nameof(DealPerson.DealId))],
        [typeof(DealProduct)] = [(nameof(Deal), nameof(DealProduct.DealId))],
        [typeof(DealLink)] = [(nameof(Deal), nameof(DealLink.FromDealId))],
        [typeof(StageChange)] = [(nameof(Deal), nameof(StageChange.DealId))],
        [typeof(CompanyAlias)] = [(nameof(Company), nameof(CompanyAlias.CompanyId))],
        [typeof(EventAttendee)] = [(nameof(Event), nameof(EventAttendee.EventId))],
        [typeof(EventCompany)] = [(nameof(Event), nameof(EventCompany.EventId))],
        [typeof(EventDeal)] = [(nameof(Event), nameof(EventDeal.EventId))],
        [typeof(Citation)] =
        [
            (nameof(Deal), nameof(Citation.DealId)),
            (nameof(Event), nameof(Citation.EventId)),
            (nameof(Company), nameof(Citation.CompanyId)),
            (nameof(SourceArticle), nameof(Citation.SourceArticleId)),
        ],
    };

    /// <summary>The owner as of the entry's values (the stored ones for a delete).</summary>
    public static (string Type, string Id)? OwnerOf(EntityEntry entry)
    {
        if (!Owners.TryGetValue(entry.Metadata.ClrType, out var candidates))
        {
            return null;
        }

        foreach (var (type, key) in candidates)
        {
            var property = entry.Property(key);
            var value = entry.State == Microsoft.EntityFrameworkCore.EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
            if (value is int id)
            {
                return (type, id.ToString(CultureInfo.InvariantCulture));
            }
        }

        return null;
    }
}
