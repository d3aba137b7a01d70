using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Deals;

/// <summary>Each filter of the deals list on the article's four deals, run in SQLite.</summary>
public sealed class DealFilterTests : IAsyncLifetime
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

    public static TheoryData<string, DealFilter, string[]> Cases => new()
    {
        { "no filter", DealFilter.None, [ArticleSeed.LocalizedProductName, ArticleSeed.OpenAiKakaoName, ArticleSeed.SamsungHardwareName, ArticleSeed.StargateName] },
        { "text in the name", new DealFilter { Text = "stargate" }, [ArticleSeed.StargateName] },
        { "text in the summary", new DealFilter { Text = "ChatGPT Enterprise" }, [ArticleSeed.OpenAiKakaoName] },
        { "text in a participant's name", new DealFilter { Text = "Oracle" }, [ArticleSeed.StargateName] },
        { "text in a participant's alias", new DealFilter { Text = "Samsung" }, [ArticleSeed.SamsungHardwareName, ArticleSeed.StargateName] },
        { "wildcards are literal", new DealFilter { Text = "%" }, [] },
        { "kind", new DealFilter { Kinds = [DealKind.JointVenture] }, [ArticleSeed.StargateName] },
        { "two kinds", new DealFilter { Kinds = [DealKind.JointVenture, DealKind.StrategicPartnership] }, [ArticleSeed.OpenAiKakaoName, ArticleSeed.StargateName] },
        { "stage", new DealFilter { Stages = [DealStage.InTalks] }, [ArticleSeed.LocalizedProductName, ArticleSeed.SamsungHardwareName] },
        { "verification", new DealFilter { Verifications = [Verification.Reported] }, [ArticleSeed.SamsungHardwareName] },
        { "deal country", new DealFilter { CountryCode = "us" }, [ArticleSeed.LocalizedProductName, ArticleSeed.OpenAiKakaoName, ArticleSeed.SamsungHardwareName, ArticleSeed.StargateName] },
        { "participant country", new DealFilter { CountryCode = "GB" }, [ArticleSeed.StargateName] },
        { "sector", new DealFilter { Sector = "Internet platforms" }, [ArticleSeed.LocalizedProductName, ArticleSeed.OpenAiKakaoName] },
        { "announced from", new DealFilter { AnnouncedFrom = new DateOnly(2025, 2, 4) }, [ArticleSeed.OpenAiKakaoName] },
        { "announced until the day before", new DealFilter { AnnouncedTo = new DateOnly(2025, 2, 3) }, [] },
        { "min value", new DealFilter { MinValueUsd = 1_000_000_000m }, [ArticleSeed.StargateName] },
        { "max value below Stargate", new DealFilter { MaxValueUsd = 499_999_999_999m }, [] },
        { "everything that holds for Stargate", new DealFilter { Text = "arm", Kinds = [DealKind.JointVenture], Stages = [DealStage.Announced], Verifications = [Verification.Confirmed], CountryCode = "JP", Sector = "Semiconductors", MinValueUsd = 500_000_000_000m, MaxValueUsd = 500_000_000_000m }, [ArticleSeed.StargateName] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Filter_selects_the_matching_deals(string because, DealFilter filter, string[] expected)
    {
        var page = await service.GetPageAsync(filter, new ListRequest(), Cancel);

        Assert.True(expected.SequenceEqual(page.Items.Select(d => d.Name)), $"{because}: got {string.Join(", ", page.Items.Select(d => d.Name))}");
        Assert.Equal(expected.Length, page.TotalCount);
    }

    [Fact]
    public async Task Company_filter_lists_the_deals_that_company_takes_part_in()
    {
        await using var db = database.CreateDbContext();
        var kakao = db.Companies.Single(c => c.Name == "Kakao").Id;

        var page = await service.GetPageAsync(new DealFilter { CompanyId = kakao }, new ListRequest(), Cancel);

        Assert.Equal([ArticleSeed.LocalizedProductName, ArticleSeed.OpenAiKakaoName], page.Items.Select(d => d.Name));
    }
}
