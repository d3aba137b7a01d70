using System.Globalization;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Export;

/// <summary>One exported cell: text (neutralised when written) or a number the app formatted itself.</summary>
public sealed record SheetCell(string Text, bool IsNumber)
{
    public static readonly SheetCell Empty = new("", false);

    public static SheetCell Of(string? text) => text is null ? Empty : new(text, false);

    public static SheetCell Of(Enum? value) => value is null ? Empty : new(value.ToString(), false);

    /// <summary>Invariant digits without grouping, as many decimals as the value has.</summary>
    public static SheetCell Of(decimal? value) =>
        value is { } v ? new(v.ToString("0.############", CultureInfo.InvariantCulture), true) : Empty;

    public static SheetCell Of(int value) => new(value.ToString(CultureInfo.InvariantCulture), true);

    /// <summary>ISO dates (yyyy-MM-dd) are text: a partial date's first day is not a day, and its precision sits beside it.</summary>
    public static SheetCell Of(DateOnly? value) => value is { } v ? new(v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false) : Empty;

    public static SheetCell Of(bool? value) => value is { } v ? new(v ? "yes" : "no", false) : Empty;

    public static SheetCell Of(PartialDate? date) => Of(date?.Start);
}
