using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Export;

// The full JSON export, one flat list per table: ids, foreign keys and version tokens exactly as stored, so the
// import can restore the database as it was. ISO 4217 currencies are schema data and are not exported.

public sealed record DatabaseDump
{
    public const string FormatName = "PartnerTracker database";
    public const int CurrentFormatVersion = 1;

    public string Format { get; init; } = FormatName;
    public int FormatVersion { get; init; } = CurrentFormatVersion;
    public List<CompanyRow> Companies { get; init; } = [];
    public List<CompanyAliasRow> CompanyAliases { get; init; } = [];
    public List<PersonRow> People { get; init; } = [];
    public List<ProductRow> Products { get; init; } = [];
    public List<SourceRow> Sources { get; init; } = [];
    public List<FxRateRow> FxRates { get; init; } = [];
    public List<DealRow> Deals { get; init; } = [];
    public List<ParticipantRow> DealParticipants { get; init; } = [];
    public List<DealPersonRow> DealPeople { get; init; } = [];
    public List<DealProductRow> DealProducts { get; init; } = [];
    public List<DealLinkRow> DealLinks { get; init; } = [];
    public List<StageChangeRow> StageChanges { get; init; } = [];
    public List<EventRow> Events { get; init; } = [];
    public List<EventAttendeeRow> EventAttendees { get; init; } = [];
    public List<EventCompanyRow> EventCompanies { get; init; } = [];
    public List<EventDealRow> EventDeals { get; init; } = [];
    public List<CitationRow> Citations { get; init; } = [];
    public List<AuditRow> AuditEntries { get; init; } = [];
}

public sealed record MoneyRow(decimal? Amount, string? Currency, MoneyQualifier Qualifier, bool IsEstimated)
{
    public static MoneyRow? From(Money? money) => money is null ? null : new(money.Amount, money.Currency, money.Qualifier, money.IsEstimated);

    public Money ToMoney() => new(Amount, Currency, Qualifier, IsEstimated);
}

public sealed record DateRow(DateOnly Start, DatePrecision Precision)
{
    public static DateRow? From(PartialDate? date) => date is null ? null : new(date.Start, date.Precision);

    public PartialDate ToDate() => new(Start, Precision);
}

public sealed record CompanyRow(int Id, string Name, string? CountryCode, string? Sector, string? Website, string? Ticker, string? Description, int? ParentCompanyId, Guid Version);

public sealed record CompanyAliasRow(int Id, int CompanyId, string Alias);

public sealed record PersonRow(int Id, string FullName, string? NativeName, string? Title, int? CompanyId, Guid Version);

public sealed record ProductRow(int Id, string Name, ProductKind Kind, string? Description, int CompanyId, DateRow? Release, bool ReleaseIsPlanned, Guid Version);

public sealed record SourceRow(int Id, string Title, string? Publisher, string? Author, string? Url, DateOnly? PublishedOn, DateOnly? RetrievedOn, string? Language, string? Text, Guid Version);

public sealed record FxRateRow(int Id, string CurrencyCode, DateOnly Date, decimal RateToUsd, string Source);

public sealed record DealRow(
    int Id, string Name, DealKind Kind, DealStage Stage, Verification Verification, string? Summary, string? CountryCode,
    MoneyRow? Value, decimal? ValueUsd, int? FxRateId, DateRow? AnnouncedOn, DateRow? ExpectedCloseOn, int? ParentDealId, Guid Version);

public sealed record ParticipantRow(int Id, int DealId, int CompanyId, ParticipantRole Role, Verification Verification, MoneyRow? Commitment);

public sealed record DealPersonRow(int Id, int DealId, int PersonId, DealPersonRole Role);

public sealed record DealProductRow(int Id, int DealId, int ProductId, DealProductRole Role);

public sealed record DealLinkRow(int Id, int FromDealId, int ToDealId, DealLinkKind Kind);

public sealed record StageChangeRow(int Id, int DealId, DealStage? FromStage, DealStage ToStage, DateRow EffectiveOn, string RecordedBy, DateTime RecordedAtUtc, int? SourceArticleId);

public sealed record EventRow(int Id, string Name, EventKind Kind, DateRow Date, string? Place, Verification Verification, string? Description, Guid Version);

public sealed record EventAttendeeRow(int EventId, int PersonId);

public sealed record EventCompanyRow(int EventId, int CompanyId);

public sealed record EventDealRow(int EventId, int DealId);

public sealed record CitationRow(
    int Id, int SourceArticleId, string Quote, CitationSubject Subject, int? DealId, int? DealParticipantId, int? DealPersonId,
    int? DealProductId, int? StageChangeId, int? EventId, int? CompanyId, int? PersonId, int? ProductId);

public sealed record AuditRow(long Id, DateTime AtUtc, string UserName, string EntityType, string EntityId, string RecordType, string RecordId, AuditAction Action, string? Field, string? OldValue, string? NewValue);
