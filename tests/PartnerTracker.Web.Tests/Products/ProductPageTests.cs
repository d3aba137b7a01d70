using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Products;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Products;

namespace PartnerTracker.Web.Tests.Products;

public sealed class ProductPageTests : MudTestContext
{
    [Fact]
    public async Task Kananas_page_shows_its_owner_the_planned_release_at_its_precision_and_its_deal()
    {
        var id = await Database.ProductAsync("Kanana");
        var kakaoId = await Database.CompanyAsync("Kakao");
        var partnershipId = await DealIdAsync(ArticleSeed.OpenAiKakaoName);

        var cut = Render<ProductPage>(p => p.Add(x => x.ProductId, id));

        cut.WaitForAssertion(() => Assert.Equal("Kanana", cut.Find("[data-testid=product-name]").TextContent));
        Assert.Equal("H1 2025 (planned)", cut.Find("[data-testid=product-release]").TextContent);
        Assert.Equal("Application", cut.Find("[data-testid=product-kind]").TextContent.Trim());
        Assert.Equal($"/companies/{kakaoId}", cut.Find("[data-testid=product-owner]").GetAttribute("href"));
        var deal = Assert.Single(cut.FindAll("[data-testid=product-deal]"));
        Assert.Contains("Integrates partner technology", deal.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/deals/{partnershipId}", deal.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotEmpty(deal.QuerySelectorAll("[data-testid=quote]"));
    }

    [Fact]
    public async Task Delete_asks_first_then_deletes_and_returns_to_the_list()
    {
        var id = await NewProductAsync();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ProductPage>(p => p.Add(x => x.ProductId, id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=product-delete]"));

        // Not awaited: the click waits for the answer in the confirmation below.
        _ = cut.Find("[data-testid=product-delete]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Delete “Kakao Pay AI” with 0 citations about it?", dialogs.Find("[data-testid=confirm-dialog]").TextContent, StringComparison.Ordinal));
        dialogs.Find("[data-testid=confirm-ok]").Click();
        cut.WaitForAssertion(() => Assert.EndsWith("/products", CurrentUri, StringComparison.Ordinal));
        Assert.False(await ExistsAsync(id));
    }

    [Fact]
    public async Task Cancelling_the_confirmation_deletes_nothing()
    {
        var id = await NewProductAsync();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ProductPage>(p => p.Add(x => x.ProductId, id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=product-delete]"));

        _ = cut.Find("[data-testid=product-delete]").ClickAsync(new());

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=confirm-cancel]"));
        dialogs.Find("[data-testid=confirm-cancel]").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=confirm-dialog]")));
        Assert.True(await ExistsAsync(id));
        Assert.EndsWith("/", CurrentUri, StringComparison.Ordinal);
    }

    private async Task<int> NewProductAsync()
    {
        var editor = Services.GetRequiredService<ProductEditor>();
        var model = new ProductEditModel { Name = "Kakao Pay AI", Kind = ProductKind.Service, CompanyId = await Database.CompanyAsync("Kakao") };
        return Assert.IsType<CommandResult.Saved>(await editor.CreateAsync(model, Cancel)).Id;
    }

    private async Task<bool> ExistsAsync(int id)
    {
        await using var db = Database.CreateDbContext();
        return await db.Products.AnyAsync(p => p.Id == id, Cancel);
    }
}
