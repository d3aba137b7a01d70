using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.History;

/// <summary>One change on a record's History tab: the row changed may be the record itself or one of its parts.</summary>
public sealed record HistoryItem(
    long Id, DateTime AtUtc, string UserName, string EntityType, string EntityId, AuditAction Action, string? Field, string? OldValue, string? NewValue);
