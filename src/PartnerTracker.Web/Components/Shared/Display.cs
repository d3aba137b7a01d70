using System.Globalization;
using System.Text.RegularExpressions;
using PartnerTracker.Domain;

namespace PartnerTracker.Web.Components.Shared;

/// <summary>How values read on screen: one place, so every page says "$500 billion" and "H1 2025" the same way.</summary>
public static partial class Display
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>"JointVenture" → "Joint venture".</summary>
    public static string Words(Enum value) => Words(value.ToString());

    /// <summary>"DealParticipant" → "Deal participant".</summary>
    public static string Words(string pascalCase)
    {
        var words = PascalWords().Replace(pascalCase, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Words(Enum? value, string whenNull) => value is null ? whenNull : Words(value);

    /// <summary>"$500 billion", "up to KRW 1.2 trillion (est.)", "Undisclosed"; a dash when nothing is known.</summary>
    public static string Money(decimal? amount, string? currency, MoneyQualifier? qualifier, bool? estimated = false)
    {
        if (qualifier is null)
        {
            return "—";
        }

        if (qualifier == MoneyQualifier.Undisclosed || amount is null)
        {
            return "Undisclosed";
        }

        var prefix = qualifier switch
        {
            MoneyQualifier.UpTo => "up to ",
            MoneyQualifier.AtLeast => "at least ",
            MoneyQualifier.Approximately => "approx. ",
            _ => "",
        };
        var figure = currency == "USD" ? "$" + Scaled(amount.Value) : $"{currency} {Scaled(amount.Value)}";
        return prefix + figure + (estimated == true ? " (est.)" : "");
    }

    public static string Usd(decimal? amount) => amount is null ? "—" : "$" + Scaled(amount.Value);

    /// <summary>A USD figure with the qualifier and estimate of the value it was converted from ("up to $828 million (est.)").</summary>
    public static string UsdAsAnnounced(decimal? usd, MoneyQualifier? qualifier, bool? estimated) =>
        usd is null ? "—" : Money(usd, "USD", qualifier ?? MoneyQualifier.Exact, estimated);

    public static string Date(DateOnly? start, DatePrecision? precision) =>
        start is null || precision is null ? "—" : PartialDate.Format(start.Value, precision.Value);

    /// <summary>500000000000 → "500 billion"; 1200000 → "1.2 million".</summary>
    public static string Scaled(decimal amount)
    {
        (decimal Size, string Name)[] scales = [(1_000_000_000_000m, "trillion"), (1_000_000_000m, "billion"), (1_000_000m, "million")];
        foreach (var (size, name) in scales)
        {
            if (Math.Abs(amount) >= size)
            {
                return $"{(amount / size).ToString("0.##", Culture)} {name}";
            }
        }

        return amount.ToString("#,0.##", Culture);
    }

    /// <summary>Only absolute http(s) URLs become links; anything else is shown as text, never as an href.</summary>
    public static string? SafeHref(string? url) => SourceArticle.IsSafeUrl(url) ? url : null;

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex PascalWords();
}
