using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Products;

namespace PartnerTracker.Web.Tests.Products;

public sealed class ProductsListTests : MudTestContext
{
    [Fact]
    public async Task Lists_products_with_owner_kind_and_release_each_name_a_link_to_its_page()
    {
        var kananaId = await Database.ProductAsync("Kanana");

        var cut = Render<ProductsList>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr").Count));
        var kanana = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("Kanana", StringComparison.Ordinal));
        Assert.Contains("Kakao", kanana.TextContent, StringComparison.Ordinal);
        Assert.Contains("H1 2025 (planned)", kanana.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/products/{kananaId}", kanana.QuerySelector("[data-testid=product-link]")!.GetAttribute("href"));
        Assert.Equal("/products/new", cut.Find("[data-testid=product-new]").GetAttribute("href"));
    }
}
