using Bogus;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Synthetic;

/// <summary>
/// One rate row per currency and month across the synthetic calendar: a deal's value is converted at the rate of
/// the month it was announced in, and <see cref="Deal.FxRate"/> points at that row.
/// </summary>
internal sealed class SyntheticFxRates
{
    public const string Source = "Synthetic monthly average (generated, not a market rate)";

    /// <summary>The currencies deal values come in, how common each is, and roughly what one unit is worth in USD.</summary>
    private static readonly (string Code, int Weight, decimal UsdPerUnit)[] Currencies =
    [
        ("USD", 45, 1m),
        ("EUR", 12, 1.10m),
        ("JPY", 10, 0.0080m),
        ("CNY", 8, 0.15m),
        ("KRW", 8, 0.00080m),
        ("GBP", 7, 1.30m),
        ("CHF", 2, 1.05m),
        ("INR", 2, 0.013m),
        ("CAD", 2, 0.76m),
        ("SGD", 2, 0.74m),
        ("TWD", 2, 0.032m),
    ];

    private static readonly Weighted<string> CurrencyChoice = new([.. Currencies.Select(c => (c.Code, c.Weight))]);

    private readonly Dictionary<(string Currency, DateOnly Month), MonthlyRate> rates;

    private SyntheticFxRates(Dictionary<(string Currency, DateOnly Month), MonthlyRate> rates) => this.rates = rates;

    /// <summary>Adds the rate table and saves it, so every row has its id before deals point at it.</summary>
    public static async Task<SyntheticFxRates> AddAsync(PartnerTrackerDbContext db, Randomizer random, CancellationToken cancellationToken)
    {
        var added = new List<FxRate>();
        foreach (var (code, _, usdPerUnit) in Currencies)
        {
            if (!Currency.IsKnownCode(code))
            {
                throw new InvalidOperationException($"Synthetic currency '{code}' is not in Currency.Known; the database would refuse it.");
            }

            // A bounded random walk: rates drift month to month but stay within a quarter of their usual level.
            var drift = 1.0;
            for (var month = SyntheticCalendar.FirstDay; month <= SyntheticCalendar.LastDay; month = month.AddMonths(1))
            {
                if (code != "USD")
                {
                    drift = Math.Clamp(drift * (1 + random.Double(-0.03, 0.03)), 0.75, 1.25);
                }

                var rate = new FxRate
                {
                    CurrencyCode = code,
                    Date = month,
                    RateToUsd = SignificantDigits.Round(usdPerUnit * (decimal)drift, 6),
                    Source = Source,
                };
                added.Add(rate);
            }
        }

        db.FxRates.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return new SyntheticFxRates(added.ToDictionary(r => (r.CurrencyCode, r.Date), r => new MonthlyRate(r.Id, r.RateToUsd)));
    }

    public static string PickCurrency(Randomizer random) => CurrencyChoice.Pick(random);

    /// <summary>The rate of the month <paramref name="day"/> falls in.</summary>
    public MonthlyRate For(string currency, DateOnly day) => rates[(currency, SyntheticCalendar.MonthStart(day))];
}

/// <summary>A saved <see cref="FxRate"/> row: its id for <see cref="Deal.FxRateId"/> and its rate for <see cref="Deal.ValueUsd"/>.</summary>
internal readonly record struct MonthlyRate(int Id, decimal RateToUsd);
