using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Events;
using PartnerTracker.Application.Features.People;
using PartnerTracker.Application.Features.Sources;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Lists;

/// <summary>The companies, people, events and sources lists over the article's data.</summary>
public sealed class ListServicesTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await SqliteTestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Companies_sorted_by_deal_count_put_OpenAI_first_with_its_four_deals()
    {
        var page = await new CompaniesService(database, AppMapping.Mapper)
            .GetPageAsync(new ListRequest(0, 25, nameof(CompanyListItem.DealCount), Descending: true), Cancel);

        Assert.Equal(11, page.TotalCount);
        Assert.Equal(("OpenAI", 4), (page.Items[0].Name, page.Items[0].DealCount));
        Assert.Equal("SoftBank Group", page.Items.Single(c => c.Name == "Arm").ParentCompanyName);
        Assert.Equal(1, page.Items.Single(c => c.Name == "SoftBank Group").DealCount);
    }

    [Theory]
    [InlineData("softbank", new[] { "SoftBank Group" })]
    [InlineData("SAMSUNG", new[] { "Samsung Electronics" })]
    [InlineData("ar", new[] { "Arm" })]
    [InlineData("%", new string[0])]
    public async Task Companies_search_matches_names_and_aliases_in_the_database(string search, string[] expected)
    {
        var page = await new CompaniesService(database, AppMapping.Mapper).GetPageAsync(new ListRequest { Search = search }, Cancel);

        Assert.Equal(expected, page.Items.Select(c => c.Name));
        Assert.Equal(expected.Length, page.TotalCount);
    }

    [Theory]
    [InlineData("KR", null, new[] { "Kakao", "Krafton", "Samsung Electronics", "SK Group" })]
    [InlineData("kr", "Semiconductors", new[] { "Samsung Electronics" })]
    [InlineData(null, "Semiconductors", new[] { "Arm", "Samsung Electronics" })]
    [InlineData("FR", null, new string[0])]
    public async Task Companies_filter_by_country_and_sector_in_the_database(string? country, string? sector, string[] expected)
    {
        var page = await new CompaniesService(database, AppMapping.Mapper).GetPageAsync(new ListRequest(), country, sector, Cancel);

        Assert.Equal(expected, page.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task People_and_sources_search_their_own_columns()
    {
        var ceos = await new PeopleService(database, AppMapping.Mapper).GetPageAsync(new ListRequest { Search = "ceo" }, Cancel);
        var sources = await new SourcesService(database, AppMapping.Mapper).GetPageAsync(new ListRequest { Search = "lee jae-lim" }, Cancel);

        Assert.Equal(["Chung Shin-a", "Kim Chang-han", "Masayoshi Son", "Sam Altman"], ceos.Items.Select(p => p.FullName));
        Assert.Single(sources.Items);
    }

    [Fact]
    public async Task Companies_page_two_continues_where_page_one_ended()
    {
        var service = new CompaniesService(database, AppMapping.Mapper);

        var first = await service.GetPageAsync(new ListRequest(0, 6), Cancel);
        var second = await service.GetPageAsync(new ListRequest(1, 6), Cancel);

        Assert.Equal(
            ["Arm", "DeepSeek", "Kakao", "Krafton", "Microsoft", "Nvidia", "OpenAI", "Oracle", "Samsung Electronics", "SK Group", "SoftBank Group"],
            first.Items.Concat(second.Items).Select(c => c.Name));
    }

    [Fact]
    public async Task People_show_company_and_how_many_deals_and_events()
    {
        var page = await new PeopleService(database, AppMapping.Mapper)
            .GetPageAsync(new ListRequest(0, 25, nameof(PersonListItem.EventCount), Descending: true), Cancel);

        Assert.Equal(6, page.TotalCount);
        var altman = page.Items[0];
        Assert.Equal(("Sam Altman", "OpenAI", 2, 5), (altman.FullName, altman.CompanyName, altman.DealCount, altman.EventCount));
    }

    [Fact]
    public async Task Events_sort_by_date_with_the_Monday_interview_first()
    {
        var page = await new EventsService(database, AppMapping.Mapper).GetPageAsync(new ListRequest(), Cancel);

        Assert.Equal(5, page.TotalCount);
        Assert.Equal((EventKind.Interview, new DateOnly(2025, 2, 3)), (page.Items[0].Kind, page.Items[0].DateStart));
        Assert.Contains(page.Items, e => e.Kind == EventKind.PressEvent && e.AttendeeCount == 2 && e.DealCount == 1);
    }

    [Fact]
    public async Task Sources_count_the_facts_each_one_supports()
    {
        var page = await new SourcesService(database, AppMapping.Mapper).GetPageAsync(new ListRequest(), Cancel);

        var article = Assert.Single(page.Items);
        Assert.Equal("Korea JoongAng Daily", article.Publisher);
        await using var db = database.CreateDbContext();
        Assert.Equal(db.Citations.Count(), article.CitationCount);
    }
}
