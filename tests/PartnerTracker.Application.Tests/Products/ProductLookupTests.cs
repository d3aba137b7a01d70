using PartnerTracker.Application.Features.Products;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Products;

public sealed class ProductLookupTests : SeededDatabaseTests
{
    private ProductsService service = null!;

    protected override Task InitializeAsync(SqliteTestDatabase database)
    {
        service = new ProductsService(database, AppMapping.Mapper);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Finds_products_whose_name_contains_the_text_with_their_owner()
    {
        var matches = await service.FindAsync("kaka", cancellationToken: Cancel);

        Assert.Equal(["KakaoTalk (Kakao)"], matches.Select(m => m.ToString()));
    }

    [Fact]
    public async Task Returns_at_most_the_number_asked_in_name_order() =>
        Assert.Equal(["ChatGPT Enterprise", "KakaoTalk"], (await service.FindAsync(null, max: 2, cancellationToken: Cancel)).Select(m => m.Name));

    [Theory]
    [InlineData("%")]
    [InlineData("Kan_na")]
    public async Task Wildcards_are_literal(string typed) =>
        Assert.Empty(await service.FindAsync(typed, cancellationToken: Cancel));

    [Fact]
    public async Task The_list_shows_owner_and_release_and_sorts_by_owner()
    {
        var page = await service.GetPageAsync(new PartnerTracker.Application.Common.ListRequest(SortBy: nameof(ProductListItem.CompanyName), Descending: true), Cancel);

        Assert.Equal(3, page.TotalCount);
        Assert.Equal("OpenAI", page.Items[0].CompanyName);
        var kanana = page.Items.Single(p => p.Name == "Kanana");
        Assert.Equal("H1 2025 (planned)", ProductRelease.Format(kanana.ReleaseStart, kanana.ReleasePrecision, kanana.ReleaseIsPlanned));
    }
}
