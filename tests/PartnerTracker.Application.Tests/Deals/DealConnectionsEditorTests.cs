using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Deals;

public sealed class DealConnectionsEditorTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private DealConnectionsEditor editor = null!;
    private DealsService deals = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        editor = new DealConnectionsEditor(database, new TestUser());
        deals = new DealsService(database, AppMapping.Mapper);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task People_products_and_links_are_added_and_show_on_the_deal_page()
    {
        var (stargate, talks) = (await DealAsync(ArticleSeed.StargateName), await DealAsync(ArticleSeed.SamsungHardwareName));
        await using var db = database.CreateDbContext();
        var son = await db.People.Where(p => p.FullName == "Masayoshi Son").Select(p => p.Id).SingleAsync(Cancel);
        var chatGpt = await db.Products.Where(p => p.Name == "ChatGPT Enterprise").Select(p => p.Id).SingleAsync(Cancel);

        Assert.IsType<CommandResult.Saved>(await editor.AddPersonAsync(stargate, son, DealPersonRole.Executive, Cancel));
        Assert.IsType<CommandResult.Saved>(await editor.AddProductAsync(stargate, chatGpt, DealProductRole.Supplied, Cancel));
        Assert.IsType<CommandResult.Saved>(await editor.AddLinkAsync(talks, stargate, DealLinkKind.Related, Cancel));

        var page = (await deals.GetDetailsAsync(stargate, Cancel))!;
        Assert.Contains(page.People, p => p.PersonFullName == "Masayoshi Son" && p.Role == DealPersonRole.Executive);
        Assert.Contains(page.Products, p => p.ProductName == "ChatGPT Enterprise");
        var link = Assert.Single(page.RelatedDeals, r => r.DealName == ArticleSeed.SamsungHardwareName);
        Assert.NotNull(link.LinkId);

        Assert.IsType<CommandResult.Saved>(await editor.RemoveAsync(DealConnection.Link, link.LinkId!.Value, Cancel));
        Assert.DoesNotContain((await deals.GetDetailsAsync(stargate, Cancel))!.RelatedDeals, r => r.DealName == ArticleSeed.SamsungHardwareName);
    }

    [Fact]
    public async Task A_deal_of_the_same_kind_with_the_same_companies_is_flagged_as_a_likely_duplicate()
    {
        var original = await DealAsync(ArticleSeed.OpenAiKakaoName);
        await using var db = database.CreateDbContext();
        var twin = new Deal { Name = "Kakao x OpenAI alliance", Kind = DealKind.StrategicPartnership };
        db.Deals.Add(twin);
        foreach (var company in new[] { "OpenAI", "Kakao" })
        {
            twin.Participants.Add(new DealParticipant { CompanyId = await db.Companies.Where(c => c.Name == company).Select(c => c.Id).SingleAsync(Cancel), Role = DealRole(company) });
        }

        await db.SaveChangesAsync(Cancel);

        Assert.Equal([twin.Name], (await deals.GetDetailsAsync(original, Cancel))!.LikelyDuplicates.Select(d => d.DealName));
        Assert.Empty((await deals.GetDetailsAsync(await DealAsync(ArticleSeed.LocalizedProductName), Cancel))!.LikelyDuplicates);

        static ParticipantRole DealRole(string company) => company == "OpenAI" ? ParticipantRole.Supplier : ParticipantRole.Customer;
    }

    [Fact]
    public async Task Bad_connections_are_refused_and_change_nothing()
    {
        var stargate = await DealAsync(ArticleSeed.StargateName);
        await using var db = database.CreateDbContext();
        var chung = await db.People.Where(p => p.FullName == "Chung Shin-a").Select(p => p.Id).SingleAsync(Cancel);
        var kakaoDeal = await DealAsync(ArticleSeed.OpenAiKakaoName);
        var before = await CountAsync();

        Assert.True(Invalid(await editor.AddPersonAsync(stargate, null, DealPersonRole.Executive, Cancel)).ContainsKey("PersonId"));
        Assert.True(Invalid(await editor.AddPersonAsync(stargate, 9_999, DealPersonRole.Executive, Cancel)).ContainsKey("PersonId"));
        Assert.True(Invalid(await editor.AddPersonAsync(stargate, chung, (DealPersonRole)50, Cancel)).ContainsKey("Role"));
        Assert.True(Invalid(await editor.AddPersonAsync(kakaoDeal, chung, DealPersonRole.Spokesperson, Cancel)).ContainsKey("Role"));
        Assert.True(Invalid(await editor.AddProductAsync(stargate, 9_999, DealProductRole.Supplied, Cancel)).ContainsKey("ProductId"));
        Assert.True(Invalid(await editor.AddLinkAsync(stargate, stargate, DealLinkKind.Related, Cancel)).ContainsKey("OtherDealId"));
        Assert.True(Invalid(await editor.AddLinkAsync(stargate, kakaoDeal, (DealLinkKind)9, Cancel)).ContainsKey("Role"));
        // A deal deleted meanwhile is someone else's change, not the user's input: not found, as for participants.
        Assert.Equal("Deal 9999 no longer exists.", Assert.IsType<CommandResult.NotFound>(await editor.AddLinkAsync(9_999, kakaoDeal, DealLinkKind.Related, Cancel)).Message);

        Assert.Equal(before, await CountAsync());
    }

    private static IReadOnlyDictionary<string, string[]> Invalid(CommandResult result) => Assert.IsType<CommandResult.Invalid>(result).Errors;

    private async Task<int> DealAsync(string name)
    {
        await using var db = database.CreateDbContext();
        return await db.Deals.Where(d => d.Name == name).Select(d => d.Id).SingleAsync(Cancel);
    }

    private async Task<(int, int, int)> CountAsync()
    {
        await using var db = database.CreateDbContext();
        return (await db.DealPeople.CountAsync(Cancel), await db.DealProducts.CountAsync(Cancel), await db.DealLinks.CountAsync(Cancel));
    }
}
