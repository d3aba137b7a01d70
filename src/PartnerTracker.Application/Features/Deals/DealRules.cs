using PartnerTracker.Application.Common;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>The deal form's rules that need no database: the form shows them inline, the editor enforces them.</summary>
public static class DealRules
{
    public static Validation Validate(DealEditModel model)
    {
        var validation = new Validation()
            .Check(nameof(model.Name), Rules.RequiredText(model.Name, "Name", Deal.NameMaxLength))
            .Check(nameof(model.Kind), Rules.Defined(model.Kind, "Kind"))
            .Check(nameof(model.Stage), Rules.Defined(model.Stage, "Stage"))
            .Check(nameof(model.Verification), Rules.Defined(model.Verification, "Verification"))
            .Check(nameof(model.Summary), Rules.OptionalText(model.Summary, "Summary", 4000))
            .Check(nameof(model.CountryCode), Rules.CountryCode(model.CountryCode))
            .Check(nameof(model.ValueQualifier), Rules.Defined(model.ValueQualifier, "Value qualifier"))
            .Check(nameof(model.AnnouncedOn), Rules.PartialDate(model.AnnouncedOn, model.AnnouncedPrecision, "Announced"))
            .Check(nameof(model.ExpectedCloseOn), Rules.PartialDate(model.ExpectedCloseOn, model.ExpectedClosePrecision, "Expected close"));

        if (model.HasValue)
        {
            validation
                .Check(nameof(model.ValueAmount), Rules.Amount(model.ValueAmount, "Amount"))
                .Check(nameof(model.ValueCurrency), Rules.Currency(model.ValueCurrency));
            if (model.ValueCurrency is not null and not "USD" && Domain.Currency.IsKnownCode(model.ValueCurrency))
            {
                validation
                    .Check(nameof(model.FxRateToUsd), Rate(model.FxRateToUsd))
                    .Check(nameof(model.FxRateDate), model.FxRateDate is null ? "Say on which date the rate applies." : Rules.Year(model.FxRateDate, "The rate's date"))
                    .Check(nameof(model.FxRateSource), Rules.RequiredText(model.FxRateSource, "Rate source", 500));
            }

            // Each figure may be plausible while their product is not, and the USD column holds what real deals are worth.
            if (validation.IsValid && model.ValueUsd > Money.MaxAmount)
            {
                validation.Check(nameof(model.FxRateToUsd), $"In US dollars this is above {Money.MaxAmount:N0}, which no real deal is worth; check the amount and the rate.");
            }
        }
        else if (model.ValueQualifier == MoneyQualifier.Undisclosed)
        {
            validation.Check(nameof(model.ValueAmount), model.ValueAmount is not null || model.ValueCurrency is not null
                ? "An undisclosed value has no amount or currency; clear them or pick another qualifier."
                : null);
        }

        return validation;
    }

    public static string? Rate(decimal? rate) =>
        rate is null ? "Enter the rate to US dollars (USD per one unit)."
        : rate <= 0 ? "The rate must be more than zero."
        : rate > DealEditor.MaxRateToUsd ? $"A rate above {DealEditor.MaxRateToUsd:N0} USD per unit is not a real exchange rate."
        : decimal.Round(rate.Value, RateDecimals) != rate ? $"The rate can have at most {RateDecimals} decimal places."
        : null;

    /// <summary>Decimal places a stored rate keeps (the FxRates column is decimal(28, 12)).</summary>
    public const int RateDecimals = 12;
}
