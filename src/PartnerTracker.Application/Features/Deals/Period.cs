using System.Globalization;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>
/// A bucket of dates by their precision, used both as a dashboard bucket and as a deals-list filter, so that a
/// drill-down lists exactly the deals the bucket counted:
/// a quarter (<see cref="Quarter"/> set) holds dates known to the day, month or quarter that fall in it;
/// a year alone holds dates of that year known only to the half-year or the year (never put in Q1);
/// neither holds deals with no date at all.
/// </summary>
public sealed record Period
{
    /// <summary>Precisions fine enough to place a date inside one quarter.</summary>
    public static readonly IReadOnlyList<DatePrecision> WithinQuarter = [DatePrecision.Day, DatePrecision.Month, DatePrecision.Quarter];

    /// <summary>Precisions too coarse for a quarter.</summary>
    public static readonly IReadOnlyList<DatePrecision> CoarserThanQuarter = [DatePrecision.HalfYear, DatePrecision.Year];

    public static readonly Period Undated = new(null, null);

    private Period(int? year, int? quarter) => (Year, Quarter) = (year, quarter);

    public int? Year { get; }

    /// <summary>1–4; null for a year known only to the half-year or year, or for no date.</summary>
    public int? Quarter { get; }

    public static Period InQuarter(int year, int quarter) =>
        year is >= 1 and <= 9999 && quarter is >= 1 and <= 4
            ? new(year, quarter)
            : throw new ArgumentOutOfRangeException(nameof(quarter), $"{year}-Q{quarter} is not a quarter.");

    public static Period YearOnly(int year) =>
        year is >= 1 and <= 9999 ? new(year, null) : throw new ArgumentOutOfRangeException(nameof(year), year, "Not a year.");

    /// <summary>For grouping results read back from the database: a year and an optional quarter, or nothing.</summary>
    public static Period Of(int? year, int? quarter) =>
        year is null ? Undated : quarter is null ? YearOnly(year.Value) : InQuarter(year.Value, quarter.Value);

    /// <summary>The quarter a day falls in.</summary>
    public static Period QuarterOf(DateOnly day) => InQuarter(day.Year, ((day.Month - 1) / 3) + 1);

    public bool IsUndated => Year is null;

    /// <summary>The first day the bucket covers (null when undated).</summary>
    public DateOnly? Start => Year is not { } year ? null : new DateOnly(year, Quarter is { } q ? ((q - 1) * 3) + 1 : 1, 1);

    /// <summary>The last day the bucket covers (null when undated).</summary>
    public DateOnly? End => Start is not { } start ? null : Quarter is null ? start.AddYears(1).AddDays(-1) : start.AddMonths(3).AddDays(-1);

    /// <summary>The bucket's precisions: those inside a quarter, or those coarser than one.</summary>
    public IReadOnlyList<DatePrecision> Precisions => Quarter is null ? CoarserThanQuarter : WithinQuarter;

    /// <summary>"2025-Q1", "2025", "undated": the form kept in URLs.</summary>
    public string Key => Year is not { } year ? "undated"
        : Quarter is { } quarter ? string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}")
        : year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Q1 2025", "2025, half-year or year only", "No date".</summary>
    public string Label => Year is not { } year ? "No date"
        : Quarter is { } quarter ? string.Create(CultureInfo.InvariantCulture, $"Q{quarter} {year}")
        : string.Create(CultureInfo.InvariantCulture, $"{year}, half-year or year only");

    /// <summary>Reads <see cref="Key"/> back; null for anything else.</summary>
    public static Period? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var text = key.Trim();
        if (text.Equals("undated", StringComparison.OrdinalIgnoreCase))
        {
            return Undated;
        }

        var parts = text.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999 || parts[0].Length != 4)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return YearOnly(year);
        }

        return parts.Length == 2 && parts[1].Length == 2 && parts[1][0] is 'Q' or 'q' && parts[1][1] is >= '1' and <= '4'
            ? InQuarter(year, parts[1][1] - '0')
            : null;
    }

    public override string ToString() => Key;
}
