using System.Globalization;
using PartnerTracker.Application.Common;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>
/// The deal form's fields. <see cref="Version"/> is the token the form was opened with: a save against a newer
/// stored version is a conflict. The stage is set here only when the deal is created; later changes go through
/// <see cref="DealEditor.ChangeStageAsync"/> so that each one is recorded in the history.
/// </summary>
public sealed class DealEditModel : IEditModel
{
    public string Name { get; set; } = "";
    public DealKind Kind { get; set; } = DealKind.StrategicPartnership;
    public DealStage Stage { get; set; } = DealStage.Announced;
    public Verification Verification { get; set; } = Verification.Reported;
    public string? Summary { get; set; }
    public string? CountryCode { get; set; }

    /// <summary>Null when no source speaks of a value at all.</summary>
    public MoneyQualifier? ValueQualifier { get; set; }
    public decimal? ValueAmount { get; set; }
    public string? ValueCurrency { get; set; }
    public bool ValueIsEstimated { get; set; }

    /// <summary>US dollars per unit of <see cref="ValueCurrency"/> on <see cref="FxRateDate"/> (1 for USD).</summary>
    public decimal? FxRateToUsd { get; set; }
    public DateOnly? FxRateDate { get; set; }
    public string? FxRateSource { get; set; }

    public DateOnly? AnnouncedOn { get; set; }
    public DatePrecision? AnnouncedPrecision { get; set; }
    public DateOnly? ExpectedCloseOn { get; set; }
    public DatePrecision? ExpectedClosePrecision { get; set; }
    public int? ParentDealId { get; set; }

    public Guid Version { get; set; }

    public bool HasValue => ValueQualifier is not null and not MoneyQualifier.Undisclosed;

    /// <summary>The USD figure the deal will carry, rounded to cents; null when undisclosed or not yet computable.</summary>
    public decimal? ValueUsd => HasValue && ValueAmount is { } amount && RateToUse is { } rate ? Math.Round(amount * rate, 2) : null;

    /// <summary>The rate that applies: 1 for US dollars, else the one entered.</summary>
    public decimal? RateToUse => ValueCurrency == "USD" ? 1m : FxRateToUsd;

    public static DealEditModel From(Deal deal) => new()
    {
        Name = deal.Name,
        Kind = deal.Kind,
        Stage = deal.Stage,
        Verification = deal.Verification,
        Summary = deal.Summary,
        CountryCode = deal.CountryCode,
        ValueQualifier = deal.Value?.Qualifier,
        ValueAmount = deal.Value?.Amount,
        ValueCurrency = deal.Value?.Currency,
        ValueIsEstimated = deal.Value?.IsEstimated ?? false,
        FxRateToUsd = deal.FxRate?.RateToUsd,
        FxRateDate = deal.FxRate?.Date,
        FxRateSource = deal.FxRate?.Source,
        AnnouncedOn = deal.AnnouncedOn?.Start,
        AnnouncedPrecision = deal.AnnouncedOn?.Precision,
        ExpectedCloseOn = deal.ExpectedCloseOn?.Start,
        ExpectedClosePrecision = deal.ExpectedCloseOn?.Precision,
        ParentDealId = deal.ParentDealId,
        Version = deal.Version,
    };

    /// <summary>Each field as a person reads it, by label: what a conflict compares and shows.</summary>
    public IReadOnlyDictionary<string, string?> Describe() => new Dictionary<string, string?>
    {
        ["Name"] = Name.Trim(),
        ["Kind"] = Kind.ToString(),
        ["Verification"] = Verification.ToString(),
        ["Summary"] = Summary?.Trim(),
        ["Country"] = CountryCode?.Trim().ToUpperInvariant(),
        ["Value"] = ValueQualifier is null ? null
            : HasValue ? $"{ValueQualifier} {ValueAmount?.ToString("#,0.##", CultureInfo.InvariantCulture)} {ValueCurrency}{(ValueIsEstimated ? " (estimated)" : "")}"
            : "Undisclosed",
        ["Announced"] = AnnouncedOn is { } a && AnnouncedPrecision is { } ap ? PartialDate.Format(a, ap) : null,
        ["Expected close"] = ExpectedCloseOn is { } e && ExpectedClosePrecision is { } ep ? PartialDate.Format(e, ep) : null,
        ["Parent deal"] = ParentDealId?.ToString(CultureInfo.InvariantCulture),
    };
}
