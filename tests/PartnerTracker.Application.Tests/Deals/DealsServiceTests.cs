using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Common;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Deals;

public sealed class DealsServiceTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private DealsService service = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        service = new DealsService(database, AppMapping.Mapper);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task First_page_lists_the_seeded_deals_by_name_with_total()
    {
        var page = await service.GetPageAsync(DealFilter.None, new ListRequest(), Cancel);

        Assert.Equal(4, page.TotalCount);
        Assert.Equal(
            [ArticleSeed.LocalizedProductName, ArticleSeed.OpenAiKakaoName, ArticleSeed.SamsungHardwareName, ArticleSeed.StargateName],
            page.Items.Select(d => d.Name));
        var stargate = page.Items.Single(d => d.Name == ArticleSeed.StargateName);
        Assert.Equal(7, stargate.CompanyCount);
        Assert.Equal(500_000_000_000m, stargate.ValueUsd);
        Assert.Equal("USD", stargate.ValueCurrency);
        Assert.True(stargate.CitationCount >= 10);
    }

    [Fact]
    public async Task Pages_split_the_list_without_overlap()
    {
        await AddDealsAsync(30);

        var first = await service.GetPageAsync(DealFilter.None, new ListRequest(0, 10), Cancel);
        var fourth = await service.GetPageAsync(DealFilter.None, new ListRequest(3, 10), Cancel);

        Assert.Equal(34, first.TotalCount);
        Assert.Equal(10, first.Items.Count);
        Assert.Equal(4, fourth.Items.Count);
        Assert.Empty(first.Items.Select(d => d.Id).Intersect(fourth.Items.Select(d => d.Id)));
    }

    [Fact]
    public async Task Page_size_is_capped_so_no_request_reads_a_whole_table()
    {
        await AddDealsAsync(150);

        var page = await service.GetPageAsync(DealFilter.None, new ListRequest(0, 10_000), Cancel);

        Assert.Equal(ListRequest.MaxPageSize, page.Items.Count);
        Assert.Equal(154, page.TotalCount);
    }

    [Fact]
    public async Task Sorting_by_USD_value_runs_in_the_database_with_undisclosed_last_when_descending()
    {
        await AddDealsAsync(3);

        var page = await service.GetPageAsync(DealFilter.None, new ListRequest(0, 25, nameof(DealListItem.ValueUsd), Descending: true), Cancel);

        var values = page.Items.Select(d => d.ValueUsd).ToList();
        Assert.Equal(500_000_000_000m, values[0]);
        Assert.Equal(values.OrderByDescending(v => v), values);
        Assert.Null(values[^1]);
    }

    [Fact]
    public async Task Sorting_by_announced_date_orders_by_the_period_start()
    {
        await AddDealsAsync(3);

        var page = await service.GetPageAsync(DealFilter.None, new ListRequest(0, 25, nameof(DealListItem.AnnouncedOnStart)), Cancel);

        var dated = page.Items.Where(d => d.AnnouncedOnStart is not null).Select(d => d.AnnouncedOnStart!.Value).ToList();
        Assert.Equal(3, dated.Count); // OpenAI–Kakao (2025-02-04) and two generated quarters
        Assert.Equal(dated.Order(), dated);
    }

    [Fact]
    public async Task Deal_page_holds_participants_value_quote_and_history()
    {
        var id = (await service.GetPageAsync(DealFilter.None, new ListRequest(), Cancel)).Items.Single(d => d.Name == ArticleSeed.StargateName).Id;

        var details = await service.GetDetailsAsync(id, Cancel);

        Assert.NotNull(details);
        Assert.Equal(9, details.Participants.Count);
        Assert.Equal(7, details.Participants.Select(p => p.CompanyId).Distinct().Count());
        Assert.Equal(1m, details.Header.FxRateRateToUsd);
        var valueQuote = Assert.Single(details.Citations, c => c.Subject == CitationSubject.DealValue);
        Assert.Equal("Korea JoongAng Daily", valueQuote.SourceArticlePublisher);
        Assert.Contains("$500 billion", valueQuote.Quote, StringComparison.Ordinal);
        Assert.Empty(details.StageHistory); // the article dates no stage change of Stargate
        Assert.Contains(details.Events, e => e.EventPlace!.Contains("Seocho", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sub_deal_names_its_parent_and_the_parent_lists_it()
    {
        var items = (await service.GetPageAsync(DealFilter.None, new ListRequest(), Cancel)).Items;
        var parent = await service.GetDetailsAsync(items.Single(d => d.Name == ArticleSeed.OpenAiKakaoName).Id, Cancel);
        var child = await service.GetDetailsAsync(items.Single(d => d.Name == ArticleSeed.LocalizedProductName).Id, Cancel);

        Assert.Equal(ArticleSeed.OpenAiKakaoName, child!.Header.ParentDealName);
        Assert.Contains(parent!.RelatedDeals, r => r.DealName == ArticleSeed.LocalizedProductName && r.Relation == "Sub-deal");
        Assert.Equal(3, parent.Products.Count);
        Assert.Equal(2, parent.People.Count);
    }

    [Fact]
    public async Task Stages_sort_in_lifecycle_order_not_alphabetically()
    {
        var page = await service.GetPageAsync(DealFilter.None, new ListRequest(0, 25, nameof(DealListItem.Stage)), Cancel);

        // InTalks (twice), Announced, Signed — alphabetically "Announced" would come first.
        Assert.Equal([DealStage.InTalks, DealStage.InTalks, DealStage.Announced, DealStage.Signed], page.Items.Select(d => d.Stage));
    }

    [Theory]
    [InlineData("Summary")]
    [InlineData("Name; DROP TABLE Deals")]
    [InlineData("")]
    public async Task A_forged_sort_column_falls_back_to_the_name_order(string column)
    {
        var page = await service.GetPageAsync(DealFilter.None, new ListRequest(0, 25, column), Cancel);

        Assert.Equal(page.Items.Select(d => d.Name).Order(StringComparer.Ordinal), page.Items.Select(d => d.Name));
        Assert.Equal(4, page.TotalCount);
    }

    [Fact]
    public async Task Unknown_deal_is_null_not_an_error() =>
        Assert.Null(await service.GetDetailsAsync(123_456, Cancel));

    private async Task AddDealsAsync(int count)
    {
        await using var db = database.CreateDbContext();
        var usd = new FxRate { CurrencyCode = "USD", Date = new DateOnly(2024, 1, 1), RateToUsd = 1m, Source = "test identity rate" };
        for (var i = 0; i < count; i++)
        {
            var disclosed = i % 3 != 0;
            db.Deals.Add(new Deal
            {
                Name = $"Generated deal {i:000}",
                Kind = DealKind.Supply,
                Stage = DealStage.Announced,
                Verification = Verification.Reported,
                Value = disclosed ? new Money(1_000_000m * (i + 1), "USD", MoneyQualifier.Exact) : Money.Undisclosed(),
                ValueUsd = disclosed ? 1_000_000m * (i + 1) : null,
                FxRate = disclosed ? usd : null,
                AnnouncedOn = i % 2 == 0 ? PartialDate.Quarter(2024, (i % 4) + 1) : null,
            });
        }

        await db.SaveChangesAsync(Cancel);
    }
}
