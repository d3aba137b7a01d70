using PartnerTracker.Domain;
using PartnerTracker.Web.Components.Shared;

namespace PartnerTracker.Web.Tests.Shared;

public sealed class DisplayTests
{
    [Theory]
    [InlineData(500_000_000_000, "USD", MoneyQualifier.Exact, false, "$500 billion")]
    [InlineData(1_200_000_000_000, "KRW", MoneyQualifier.Exact, false, "KRW 1.2 trillion")]
    [InlineData(100_000_000_000, "USD", MoneyQualifier.UpTo, false, "up to $100 billion")]
    [InlineData(2_500_000, "EUR", MoneyQualifier.Approximately, true, "approx. EUR 2.5 million (est.)")]
    [InlineData(950, "USD", MoneyQualifier.AtLeast, false, "at least $950")]
    public void Money_reads_as_announced(double amount, string currency, MoneyQualifier qualifier, bool estimated, string expected) =>
        Assert.Equal(expected, Display.Money((decimal)amount, currency, qualifier, estimated));

    [Fact]
    public void Undisclosed_and_unknown_values_are_not_zero()
    {
        Assert.Equal("Undisclosed", Display.Money(null, null, MoneyQualifier.Undisclosed));
        Assert.Equal("—", Display.Money(null, null, null));
        Assert.Equal("—", Display.Usd(null));
    }

    [Theory]
    [InlineData(DealKind.JointVenture, "Joint venture")]
    [InlineData(ParticipantRole.PotentialPartner, "Potential partner")]
    [InlineData(DealStage.InTalks, "In talks")]
    public void Enum_values_read_as_words(object value, string expected) => Assert.Equal(expected, Display.Words((Enum)value));

    [Fact]
    public void Partial_dates_show_their_precision() =>
        Assert.Equal("H1 2025", Display.Date(new DateOnly(2025, 1, 1), DatePrecision.HalfYear));
}
