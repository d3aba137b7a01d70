using Microsoft.EntityFrameworkCore;
using PartnerTracker.Web.Components.Pages.Companies;

namespace PartnerTracker.Web.Tests.Companies;

public sealed class CompanyPageTests : MudTestContext
{
    [Fact]
    public async Task SoftBank_page_shows_Arm_as_owned_its_deal_roles_and_partners()
    {
        await using var db = Database.CreateDbContext();
        var softBank = await db.Companies.Where(c => c.Name == "SoftBank Group").Select(c => c.Id).SingleAsync(Cancel);

        var cut = Render<CompanyPage>(p => p.Add(x => x.CompanyId, softBank));

        cut.WaitForAssertion(() => Assert.Equal("SoftBank Group", cut.Find("[data-testid=company-name]").TextContent));
        Assert.Contains("Arm", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Also known as: SoftBank", cut.Markup, StringComparison.Ordinal);
        var deals = cut.Find("[data-testid=company-deals]").TextContent;
        Assert.Contains("Equity partner", deals, StringComparison.Ordinal);
        Assert.Contains("Financial lead", deals, StringComparison.Ordinal);
        Assert.Equal(6, cut.FindAll("[data-testid=company-partner]").Count);
    }

    [Fact]
    public async Task Arm_page_names_its_owner()
    {
        await using var db = Database.CreateDbContext();
        var arm = await db.Companies.Where(c => c.Name == "Arm").Select(c => c.Id).SingleAsync(Cancel);

        var cut = Render<CompanyPage>(p => p.Add(x => x.CompanyId, arm));

        cut.WaitForAssertion(() => Assert.Contains("Owned by SoftBank Group", cut.Find("[data-testid=company-owner]").TextContent, StringComparison.Ordinal));
    }
}
