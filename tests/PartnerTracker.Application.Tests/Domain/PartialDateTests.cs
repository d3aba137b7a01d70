using PartnerTracker.Domain;

namespace PartnerTracker.Application.Tests.Domain;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData(2025, 2, 4, DatePrecision.Day, "2025-02-04")]
    [InlineData(2025, 2, 1, DatePrecision.Month, "Feb 2025")]
    [InlineData(2025, 4, 1, DatePrecision.Quarter, "Q2 2025")]
    [InlineData(2025, 1, 1, DatePrecision.HalfYear, "H1 2025")]
    [InlineData(2025, 7, 1, DatePrecision.HalfYear, "H2 2025")]
    [InlineData(2025, 1, 1, DatePrecision.Year, "2025")]
    public void Formats_to_its_precision(int year, int month, int day, DatePrecision precision, string expected) =>
        Assert.Equal(expected, new PartialDate(new DateOnly(year, month, day), precision).ToString());

    [Theory]
    [InlineData(2025, 2, 4, DatePrecision.Month)]
    [InlineData(2025, 2, 1, DatePrecision.Quarter)]
    [InlineData(2025, 4, 1, DatePrecision.HalfYear)]
    [InlineData(2025, 6, 30, DatePrecision.Year)]
    public void Refuses_a_date_that_does_not_start_its_period(int year, int month, int day, DatePrecision precision)
    {
        var error = Assert.Throws<ArgumentException>(() => new PartialDate(new DateOnly(year, month, day), precision));
        Assert.Contains("first day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_undefined_precision() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(new DateOnly(2025, 1, 1), (DatePrecision)42));

    [Fact]
    public void First_half_of_2025_spans_January_to_June() =>
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)), (PartialDate.HalfYear(2025, 1).Start, PartialDate.HalfYear(2025, 1).End));
}
