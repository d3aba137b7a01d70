namespace PartnerTracker.Domain;

/// <summary>
/// Money as it was announced: the amount in its own currency, how exact it is, and whether it is our estimate.
/// An undisclosed value has a qualifier but no amount or currency (docs/adr/0004-money-and-dated-fx-rates.md).
/// </summary>
public sealed record Money
{
    /// <summary>No real deal is worth more than this; a larger figure is a typing error.</summary>
    public const decimal MaxAmount = 100_000_000_000_000m;

    // EF Core materialises through this constructor; values read back were validated when written.
    private Money()
    {
    }

    /// <exception cref="ArgumentException">The combination is not a valid announced value.</exception>
    public Money(decimal? value, string? currencyCode, MoneyQualifier qualifier, bool estimated = false)
    {
        var amount = value;
        var currency = currencyCode;
        if (!Enum.IsDefined(qualifier))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown money qualifier.");
        }

        if (qualifier == MoneyQualifier.Undisclosed)
        {
            if (amount is not null || currency is not null)
            {
                throw new ArgumentException("An undisclosed value has no amount or currency.", nameof(value));
            }
        }
        else
        {
            if (amount is null || currency is null)
            {
                throw new ArgumentException("A disclosed value needs an amount and a currency.", nameof(value));
            }

            if (amount <= 0 || amount > MaxAmount)
            {
                throw new ArgumentOutOfRangeException(nameof(value), amount, $"The amount must be above 0 and at most {MaxAmount:N0}.");
            }

            if (!Domain.Currency.IsKnownCode(currency))
            {
                throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code we know.", nameof(currency));
            }
        }

        Amount = amount;
        Currency = currency;
        Qualifier = qualifier;
        IsEstimated = estimated;
    }

    public decimal? Amount { get; private init; }

    public string? Currency { get; private init; }

    public MoneyQualifier Qualifier { get; private init; }

    public bool IsEstimated { get; private init; }

    public static Money Undisclosed() => new(null, null, MoneyQualifier.Undisclosed);
}
