using Microsoft.EntityFrameworkCore;
using MudBlazor;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Products;

namespace PartnerTracker.Web.Tests.Products;

public sealed class ProductFormTests : MudTestContext
{
    [Fact]
    public async Task Saving_an_empty_name_shows_the_message_beside_the_field_and_creates_nothing()
    {
        var before = await CountAsync();
        var cut = Render<ProductForm>();

        await cut.InvokeAsync(() => cut.Find("[data-testid=product-save]").ClickAsync(new()));

        cut.WaitForAssertion(() => Assert.Contains("Name is required.", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Pick the company that owns the product.", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Saving_a_valid_product_creates_it_and_opens_its_page()
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<ProductForm>();

        cut.Find("input[data-testid=product-name-input]").Change("Kakao AI Assistant");
        Pick(cut, popovers, "input[data-testid=product-company]", "Kakao", "Kakao");
        await cut.InvokeAsync(() => cut.Find("[data-testid=product-save]").ClickAsync(new()));

        cut.WaitForAssertion(() => Assert.Matches("/products/[0-9]+$", CurrentUri));
        await using var db = Database.CreateDbContext();
        var product = await db.Products.Include(p => p.Company).SingleAsync(p => p.Name == "Kakao AI Assistant", Cancel);
        Assert.Equal($"/products/{product.Id}", new Uri(CurrentUri).AbsolutePath);
        Assert.Equal(("Kakao", ProductKind.Application), (product.Company!.Name, product.Kind));
    }

    [Fact]
    public async Task A_name_the_company_already_uses_is_refused_beside_the_field()
    {
        var popovers = Render<MudPopoverProvider>();
        var before = await CountAsync();
        var cut = Render<ProductForm>();

        cut.Find("input[data-testid=product-name-input]").Change("kanana");
        Pick(cut, popovers, "input[data-testid=product-company]", "Kakao", "Kakao");
        await cut.InvokeAsync(() => cut.Find("[data-testid=product-save]").ClickAsync(new()));

        cut.WaitForAssertion(() => Assert.Contains("Kakao already has a product named “Kanana”", cut.Markup, StringComparison.Ordinal));
        Assert.EndsWith("/", CurrentUri, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Editing_shows_the_stored_owner_and_release()
    {
        var id = await Database.ProductAsync("Kanana");

        var cut = Render<ProductForm>(p => p.Add(f => f.ProductId, id));

        cut.WaitForAssertion(() => Assert.Equal("Kakao", cut.Find("input[data-testid=product-company]").GetAttribute("value")));
        Assert.Contains("H1 2025", cut.Find("[data-testid=product-release]").TextContent, StringComparison.Ordinal);
    }

    private async Task<int> CountAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Products.CountAsync(Cancel);
    }
}
