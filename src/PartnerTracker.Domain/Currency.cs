namespace PartnerTracker.Domain;

/// <summary>An ISO 4217 currency. The table is the foreign key behind every stored currency code.</summary>
public class Currency
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The active ISO 4217 codes the app offers; the database refuses any other code.</summary>
    public static IReadOnlyList<Currency> Known { get; } =
    [
        new() { Code = "AED", Name = "UAE dirham" },
        new() { Code = "ARS", Name = "Argentine peso" },
        new() { Code = "AUD", Name = "Australian dollar" },
        new() { Code = "BRL", Name = "Brazilian real" },
        new() { Code = "CAD", Name = "Canadian dollar" },
        new() { Code = "CHF", Name = "Swiss franc" },
        new() { Code = "CLP", Name = "Chilean peso" },
        new() { Code = "CNY", Name = "Chinese yuan renminbi" },
        new() { Code = "COP", Name = "Colombian peso" },
        new() { Code = "CZK", Name = "Czech koruna" },
        new() { Code = "DKK", Name = "Danish krone" },
        new() { Code = "EGP", Name = "Egyptian pound" },
        new() { Code = "EUR", Name = "Euro" },
        new() { Code = "GBP", Name = "Pound sterling" },
        new() { Code = "HKD", Name = "Hong Kong dollar" },
        new() { Code = "HUF", Name = "Hungarian forint" },
        new() { Code = "IDR", Name = "Indonesian rupiah" },
        new() { Code = "ILS", Name = "Israeli new shekel" },
        new() { Code = "INR", Name = "Indian rupee" },
        new() { Code = "JPY", Name = "Japanese yen" },
        new() { Code = "KRW", Name = "South Korean won" },
        new() { Code = "KWD", Name = "Kuwaiti dinar" },
        new() { Code = "MXN", Name = "Mexican peso" },
        new() { Code = "MYR", Name = "Malaysian ringgit" },
        new() { Code = "NGN", Name = "Nigerian naira" },
        new() { Code = "NOK", Name = "Norwegian krone" },
        new() { Code = "NZD", Name = "New Zealand dollar" },
        new() { Code = "PHP", Name = "Philippine peso" },
        new() { Code = "PLN", Name = "Polish zloty" },
        new() { Code = "QAR", Name = "Qatari riyal" },
        new() { Code = "RUB", Name = "Russian ruble" },
        new() { Code = "SAR", Name = "Saudi riyal" },
        new() { Code = "SEK", Name = "Swedish krona" },
        new() { Code = "SGD", Name = "Singapore dollar" },
        new() { Code = "THB", Name = "Thai baht" },
        new() { Code = "TRY", Name = "Turkish lira" },
        new() { Code = "TWD", Name = "New Taiwan dollar" },
        new() { Code = "USD", Name = "US dollar" },
        new() { Code = "VND", Name = "Vietnamese dong" },
        new() { Code = "ZAR", Name = "South African rand" },
    ];

    private static readonly HashSet<string> KnownCodes = Known.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

    public static bool IsKnownCode(string? code) => code is not null && KnownCodes.Contains(code);
}
