namespace PartnerTracker.Domain;

/// <summary>
/// A date known only to some precision. <see cref="Start"/> is always the first day of the period, so that
/// ordering and range filters run on one column in the database on every provider (docs/adr/0003-partial-dates.md).
/// </summary>
public sealed record PartialDate
{
    // EF Core materialises through this constructor; values read back were validated when written.
    private PartialDate()
    {
    }

    public PartialDate(DateOnly firstDay, DatePrecision precision)
    {
        var start = firstDay;
        if (!Enum.IsDefined(precision))
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown date precision.");
        }

        if (!IsPeriodStart(start, precision))
        {
            throw new ArgumentException(
                $"{start:yyyy-MM-dd} is not the first day of a {precision} period; a {precision} date must start its period.",
                nameof(firstDay));
        }

        Start = start;
        Precision = precision;
    }

    public DateOnly Start { get; private init; }

    public DatePrecision Precision { get; private init; }

    /// <summary>The last day of the period the date stands for.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecision.Quarter => Start.AddMonths(3).AddDays(-1),
        DatePrecision.HalfYear => Start.AddMonths(6).AddDays(-1),
        _ => Start.AddYears(1).AddDays(-1),
    };

    public static PartialDate Day(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);

    public static PartialDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static PartialDate Quarter(int year, int quarter) =>
        new(new DateOnly(year, ((quarter - 1) * 3) + 1, 1), DatePrecision.Quarter);

    public static PartialDate HalfYear(int year, int half) => new(new DateOnly(year, half == 1 ? 1 : 7, 1), DatePrecision.HalfYear);

    public static PartialDate Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    /// <summary>True when <paramref name="date"/> can start a period of <paramref name="precision"/>.</summary>
    public static bool IsPeriodStart(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => true,
        DatePrecision.Month => date.Day == 1,
        DatePrecision.Quarter => date.Day == 1 && (date.Month - 1) % 3 == 0,
        DatePrecision.HalfYear => date.Day == 1 && (date.Month == 1 || date.Month == 7),
        DatePrecision.Year => date.Day == 1 && date.Month == 1,
        _ => false,
    };

    /// <summary>Formats the way an analyst writes it: "2025-02-04", "Feb 2025", "Q1 2025", "H1 2025", "2025".</summary>
    public override string ToString() => Format(Start, Precision);

    public static string Format(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => start.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Quarter => $"Q{((start.Month - 1) / 3) + 1} {start.Year}",
        DatePrecision.HalfYear => $"H{(start.Month <= 6 ? 1 : 2)} {start.Year}",
        _ => start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
