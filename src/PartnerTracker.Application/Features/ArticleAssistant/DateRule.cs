using System.Globalization;
using System.Text.RegularExpressions;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Dates as articles write them, to the precision they say: absolute ("4 February 2025", "February 4, 2025",
/// "2025-02-04", "March 2025", "Q3 2025", "in 2026") and relative to the publication date ("on Tuesday" is the
/// latest Tuesday on or before it, "on February 4" takes its year, "the first half of this year" is H1 of it).
/// </summary>
public static partial class DateRule
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static IReadOnlyList<DateMention> Find(Sentence sentence, DateOnly? published)
    {
        var found = new List<DateMention>();
        var taken = new List<(int Start, int End)>();
        void Add(Match m, DateOnly? start, DatePrecision precision)
        {
            if (start is { } s && s.Year is >= 1900 and <= 2100 && !taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length))
            {
                taken.Add((m.Index, m.Index + m.Length));
                found.Add(new DateMention(m.Value, s, precision, sentence.Text));
            }
        }

        var text = sentence.Text;
        foreach (Match m in Iso().Matches(text))
        {
            Add(m, TryDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)), DatePrecision.Day);
        }

        foreach (Match m in DayMonthYear().Matches(text))
        {
            var year = m.Groups["y"].Success ? Number(m.Groups["y"]) : published?.Year;
            Add(m, year is { } y ? TryDate(y, Month(m.Groups["month"].Value), Number(m.Groups["d"])) : null, DatePrecision.Day);
        }

        foreach (Match m in MonthDayYear().Matches(text))
        {
            var year = m.Groups["y"].Success ? Number(m.Groups["y"]) : published?.Year;
            Add(m, year is { } y ? TryDate(y, Month(m.Groups["month"].Value), Number(m.Groups["d"])) : null, DatePrecision.Day);
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            Add(m, new DateOnly(Number(m.Groups["y"]), Month(m.Groups["month"].Value), 1), DatePrecision.Month);
        }

        foreach (Match m in Half().Matches(text))
        {
            var year = Year(m, published);
            var half = m.Groups["half"].Value.ToLowerInvariant() is "first" or "1" or "1st" ? 1 : 2;
            Add(m, year is { } y ? PartialDate.HalfYear(y, half).Start : null, DatePrecision.HalfYear);
        }

        foreach (Match m in Quarter().Matches(text))
        {
            var year = Year(m, published);
            var quarter = m.Groups["q"].Value.ToLowerInvariant() switch { "first" or "1" => 1, "second" or "2" => 2, "third" or "3" => 3, _ => 4 };
            Add(m, year is { } y ? PartialDate.Quarter(y, quarter).Start : null, DatePrecision.Quarter);
        }

        if (published is { } day)
        {
            foreach (Match m in Weekday().Matches(text))
            {
                var weekday = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
                var back = ((int)day.DayOfWeek - (int)weekday + 7) % 7;
                Add(m, day.AddDays(-back), DatePrecision.Day);
            }

            foreach (Match m in Relative().Matches(text))
            {
                Add(m, m.Groups["word"].Value.ToLowerInvariant() == "today" ? day : day.AddDays(-1), DatePrecision.Day);
            }
        }

        foreach (Match m in YearOnly().Matches(text))
        {
            Add(m, Year(m, published) is { } y ? new DateOnly(y, 1, 1) : null, DatePrecision.Year);
        }

        return found.OrderBy(f => text.IndexOf(f.Text, StringComparison.Ordinal)).ToList();
    }

    private static int? Year(Match m, DateOnly? published)
    {
        if (m.Groups["y"].Success)
        {
            return Number(m.Groups["y"]);
        }

        return published?.Year + m.Groups["rel"].Value.ToLowerInvariant() switch { "next" => 1, "last" => -1, "this" => 0, _ => (int?)null };
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static int Month(string name) =>
        Array.FindIndex(MonthNames, n => n.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)) + 1;

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) ? new DateOnly(year, month, day) : null;

    private const string MonthPattern = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthPattern + @"(?:,?\s+(?<y>(?:19|20)\d\d))?\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthPattern + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\d)(?:,?\s+(?<y>(?:19|20)\d\d)\b)?")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b" + MonthPattern + @"\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:the\s+)?(?<half>first|second|1st|2nd)\s+half\s+of\s+(?:(?<rel>this|next|last)\s+year|(?<y>(?:19|20)\d\d))\b|\bH(?<half>1|2)\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Half();

    [GeneratedRegex(@"\b(?:the\s+)?(?<q>first|second|third|fourth)\s+quarter\s+of\s+(?:(?<rel>this|next|last)\s+year|(?<y>(?:19|20)\d\d))\b|\bQ(?<q>[1-4])\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?:on|last|this|since)\s+(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<word>today|yesterday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?:in|by|during|since|of|for)\s+(?:(?<y>(?:19|20)\d\d)\b|(?<rel>this|next|last)\s+year\b)", RegexOptions.IgnoreCase)]
    private static partial Regex YearOnly();
}
