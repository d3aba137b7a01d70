using Bogus;
using PartnerTracker.Domain;

namespace PartnerTracker.Synthetic;

/// <summary>The years synthetic deals are announced in, and dates of every precision within them.</summary>
internal static class SyntheticCalendar
{
    public static readonly DateOnly FirstDay = new(2015, 1, 1);
    public static readonly DateOnly LastDay = new(2025, 12, 31);

    private static readonly Weighted<DatePrecision> Precisions = new(
        (DatePrecision.Day, 50),
        (DatePrecision.Month, 20),
        (DatePrecision.Quarter, 12),
        (DatePrecision.HalfYear, 8),
        (DatePrecision.Year, 10));

    public static DateOnly RandomDay(Randomizer random) =>
        FirstDay.AddDays(random.Int(0, LastDay.DayNumber - FirstDay.DayNumber));

    /// <summary>A date of a random precision: sources often say only "in March" or "this year".</summary>
    public static PartialDate RandomPartialDate(Randomizer random) => Containing(RandomDay(random), Precisions.Pick(random));

    /// <summary>
    /// The period of <paramref name="precision"/> that contains <paramref name="day"/>, built through the
    /// factory methods so the start is always a valid first day of its period.
    /// </summary>
    public static PartialDate Containing(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => PartialDate.Day(day.Year, day.Month, day.Day),
        DatePrecision.Month => PartialDate.Month(day.Year, day.Month),
        DatePrecision.Quarter => PartialDate.Quarter(day.Year, ((day.Month - 1) / 3) + 1),
        DatePrecision.HalfYear => PartialDate.HalfYear(day.Year, day.Month <= 6 ? 1 : 2),
        _ => PartialDate.Year(day.Year),
    };

    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);
}
