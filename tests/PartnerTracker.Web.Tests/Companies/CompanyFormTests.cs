using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Web.Components.Pages.Companies;

namespace PartnerTracker.Web.Tests.Companies;

public sealed class CompanyFormTests : MudTestContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void A_name_close_to_an_existing_company_offers_it_and_asks_for_confirmation()
    {
        var cut = Render<CompanyForm>();

        cut.Find("input[data-testid=company-name-input]").Change("Kakoa");
        cut.Find("[data-testid=company-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Looks like an existing company: Kakao", cut.Markup, StringComparison.Ordinal));
        Assert.NotNull(cut.Find("[data-testid=company-allow-similar]"));
    }

    [Fact]
    public void A_javascript_website_is_refused_beside_the_field()
    {
        var cut = Render<CompanyForm>();

        cut.Find("input[data-testid=company-name-input]").Change("Naver");
        cut.FindAll("input").Single(i => i.ParentElement!.ParentElement!.TextContent.Contains("Website", StringComparison.Ordinal)).Change("javascript:alert(1)");
        cut.Find("[data-testid=company-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("absolute http:// or https://", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_company_with_aliases_is_saved_and_opened()
    {
        var cut = Render<CompanyForm>();

        cut.Find("input[data-testid=company-name-input]").Change("Naver");
        cut.Find("input[data-testid=company-aliases-input]").Change("NAVER Corp, Naver Cloud");
        cut.Find("[data-testid=company-save]").Click();

        cut.WaitForAssertion(() => Assert.Matches("/companies/[0-9]+$", Navigation.Uri));
        await using var db = Database.CreateDbContext();
        var naver = await db.Companies.Include(c => c.Aliases).SingleAsync(c => c.Name == "Naver", Cancel);
        Assert.Equal(["NAVER Corp", "Naver Cloud"], naver.Aliases.Select(a => a.Alias).Order(StringComparer.Ordinal));
    }
}
