using PartnerTracker.Domain;

namespace PartnerTracker.Application.Common;

/// <summary>
/// Field rules shared by every write: each returns the message a user should read, or null when the value is fine.
/// The forms call them for inline messages and the commands call them again before anything is written.
/// </summary>
public static class Rules
{
    public static string? RequiredText(string? value, string label, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? $"{label} is required."
        : OptionalText(value, label, maxLength);

    public static string? OptionalText(string? value, string label, int maxLength) =>
        value is null ? null
        : value.Trim().Length > maxLength ? $"{label} must be at most {maxLength:N0} characters (it has {value.Trim().Length:N0})."
        : Characters(value, label)
        ?? (value.Any(IsDirectionControl) ? $"{label} contains invisible direction-changing characters (U+202A–U+202E, U+2066–U+2069) that can disguise it; retype it without them." : null);

    /// <summary>
    /// Text of any length that may be stored and shown: no control characters but line breaks and tabs, and no half
    /// of a surrogate pair (which no encoding can store and no font can draw).
    /// </summary>
    public static string? Characters(string? value, string label) =>
        value is null ? null
        : value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ? $"{label} contains control characters."
        : HasUnpairedSurrogate(value) ? $"{label} contains a broken character (half of a surrogate pair); retype it or paste it again."
        : null;

    public static string? Defined<TEnum>(TEnum value, string label)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null : $"{label} has no option '{value}'.";

    public static string? Defined<TEnum>(TEnum? value, string label)
        where TEnum : struct, Enum =>
        value is null ? null : Defined(value.Value, label);

    public static string? CountryCode(string? value) =>
        string.IsNullOrWhiteSpace(value) || (value.Trim().Length == 2 && value.Trim().All(char.IsAsciiLetter))
            ? null
            : "Country must be a two-letter ISO 3166-1 code, such as KR or US.";

    public static string? Currency(string? code) =>
        Domain.Currency.IsKnownCode(code) ? null : $"'{code}' is not an ISO 4217 currency code we know; pick one from the list.";

    /// <summary>Decimal places an amount keeps in the database (SQL Server stores money as decimal(20, 4)).</summary>
    public const int AmountDecimals = 4;

    public static string? Amount(decimal? amount, string label) =>
        amount is null ? $"{label} is required."
        : amount <= 0 ? $"{label} must be more than zero."
        : amount > Money.MaxAmount ? $"{label} above {Money.MaxAmount:N0} is not a real deal value; check the number of zeros."
        : decimal.Round(amount.Value, AmountDecimals) != amount ? $"{label} can have at most {AmountDecimals} decimal places."
        : null;

    public static string? HttpUrl(string? url) =>
        string.IsNullOrWhiteSpace(url) || SourceArticle.IsSafeUrl(url) ? null
        : url.Any(char.IsControl) ? "The URL contains control characters (a tab or a line break); a URL is one line."
        : Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.UserInfo.Length > 0
            ? "The URL must not carry a user name or password before the host (“user@”): it can make one site look like another."
        : "The URL must be an absolute http:// or https:// address.";

    /// <summary>A plain calendar date (a rate's day, a retrieval day) within the years the app deals in.</summary>
    public static string? Year(DateOnly? date, string label) =>
        date is { Year: < 1900 or > 2100 } ? $"{label} must fall between 1900 and 2100." : null;

    private static bool IsDirectionControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date and its precision go together, and the date must be the first day of its period.</summary>
    public static string? PartialDate(DateOnly? date, DatePrecision? precision, string label) =>
        (date, precision) switch
        {
            (null, null) => null,
            (null, _) => $"{label}: pick a date for the precision.",
            (_, null) => $"{label}: say how precise the date is.",
            (_, { } p) when !Enum.IsDefined(p) => $"{label} has no precision '{p}'.",
            ({ } d, _) when Year(d, label) is { } outside => outside,
            ({ } d, { } p) when !Domain.PartialDate.IsPeriodStart(d, p) => $"{label}: a {Precision(p)} date must be the first day of its {Precision(p)} (for example {Example(d, p)}).",
            _ => null,
        };

    private static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.HalfYear => "half-year",
        _ => precision.ToString().ToLowerInvariant(),
    };

    private static string Example(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Quarter => new DateOnly(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.HalfYear => new DateOnly(date.Year, date.Month <= 6 ? 1 : 7, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => new DateOnly(date.Year, 1, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
