using PartnerTracker.Application.Features.Companies;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Companies;

public sealed class CompanyLookupTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private CompaniesService service = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        service = new CompaniesService(database, AppMapping.Mapper);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Theory]
    [InlineData("Kakao", "Kakao")]
    [InlineData("kakao", "Kakao")]
    [InlineData("Kakoa", "Kakao")]
    [InlineData("Kak", "Kakao")]
    [InlineData("Samsnug", "Samsung Electronics")]
    [InlineData("Oracel", "Oracle")]
    [InlineData("nvidia", "Nvidia")]
    [InlineData("Softbank Grup", "SoftBank Group")]
    [InlineData("  openai ", "OpenAI")]
    public async Task Finds_the_company_first_even_with_a_typo(string typed, string expected)
    {
        var matches = await service.FindAsync(typed, cancellationToken: Cancel);

        Assert.Equal(expected, matches[0].Name);
    }

    [Theory]
    [InlineData("SoftBank", "SoftBank")]
    [InlineData("Samsung", "Samsung")]
    public async Task An_alias_match_says_which_alias(string typed, string alias)
    {
        var match = (await service.FindAsync(typed, cancellationToken: Cancel))[0];

        Assert.Equal(alias, match.MatchedText);
        Assert.True(match.IsExact);
        Assert.Contains($"(alias {alias})", match.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Zyxwvut")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Proposes_nothing_for_nothing_or_for_text_like_no_company(string typed) =>
        Assert.Empty(await service.FindAsync(typed, cancellationToken: Cancel));

    [Fact]
    public async Task Overlong_text_is_cut_not_sent_whole() =>
        Assert.Empty(await service.FindAsync(new string('x', 10_000), cancellationToken: Cancel));
}
