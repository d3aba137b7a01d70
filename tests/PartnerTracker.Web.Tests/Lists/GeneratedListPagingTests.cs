using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Synthetic;
using PartnerTracker.Web.Components.Pages.Companies;

namespace PartnerTracker.Web.Tests.Lists;

/// <summary>
/// A list besides the deals with more than one page: 60 generated companies (pages of 25 rows: 25, 25 and 10). An
/// address past the end shows the last page, whose rows are the list's own query for that page, under a caption that
/// counts them, and the address says which page that is.
/// </summary>
/// <remarks>
/// The synthetic generator writes companies, rates, sources (5 for no deals) and deals, but no people, products or
/// events, so no other list can be given more than one page by it.
/// </remarks>
public sealed class GeneratedListPagingTests : MudTestContext
{
    private const int Companies = 60;

    protected override bool Seeded => false;

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Theory]
    [InlineData("/companies?page=4")]
    [InlineData("/companies?page=9")]
    public async Task A_company_page_past_the_end_shows_the_last_page_and_says_so_in_the_address(string address)
    {
        await using (var db = Database.CreateDbContext())
        {
            await SyntheticDataGenerator.GenerateAsync(db, new SyntheticDataOptions { Companies = Companies, Deals = 0, BatchSize = 1 }, Cancel);
        }

        Navigation.NavigateTo(address);
        var cut = Render<CompaniesList>();

        var expected = await Services.GetRequiredService<CompaniesService>().GetPageAsync(new ListRequest(2, 25), Cancel);
        Assert.Equal(Companies, expected.TotalCount);
        Assert.Equal(10, expected.Items.Count);
        cut.WaitForAssertion(
            () =>
            {
                Assert.Equal("51-60 of 60", cut.Find("[data-testid=companies-grid-pager-caption]").TextContent);
                Assert.Equal(
                    expected.Items.Select(c => c.Name),
                    cut.FindAll("[data-testid=companies-grid] tbody tr td:first-child a").Select(a => a.TextContent));
                Assert.Equal("/companies?page=3", new Uri(Navigation.Uri).PathAndQuery);
            },
            TimeSpan.FromSeconds(10));
    }
}
