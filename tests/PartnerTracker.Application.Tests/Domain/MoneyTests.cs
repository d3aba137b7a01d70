using PartnerTracker.Domain;

namespace PartnerTracker.Application.Tests.Domain;

public sealed class MoneyTests
{
    [Fact]
    public void Holds_an_announced_value()
    {
        var money = new Money(100_000_000_000m, "JPY", MoneyQualifier.UpTo, estimated: true);
        Assert.Equal((100_000_000_000m, "JPY", MoneyQualifier.UpTo, true), (money.Amount, money.Currency, money.Qualifier, money.IsEstimated));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100_000_000_000_001)]
    public void Refuses_non_positive_or_absurd_amounts(decimal amount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(amount, "USD", MoneyQualifier.Exact));

    [Theory]
    [InlineData("XYZ")]
    [InlineData("usd")]
    [InlineData("")]
    public void Refuses_unknown_currency_codes(string currency) =>
        Assert.Throws<ArgumentException>(() => new Money(5m, currency, MoneyQualifier.Approximately));

    [Fact]
    public void Undisclosed_has_no_amount() =>
        Assert.Throws<ArgumentException>(() => new Money(5m, "USD", MoneyQualifier.Undisclosed));

    [Fact]
    public void Disclosed_needs_a_currency() =>
        Assert.Throws<ArgumentException>(() => new Money(5m, null, MoneyQualifier.UpTo));
}
