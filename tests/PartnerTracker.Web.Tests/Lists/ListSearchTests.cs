using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Web.Components.Pages.Companies;

namespace PartnerTracker.Web.Tests.Lists;

public sealed class ListSearchTests : MudTestContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void A_bookmarked_search_and_sort_are_restored()
    {
        Navigation.NavigateTo("/companies?q=soft&sort=Name&desc=true");

        var cut = Render<CompaniesList>();

        // "soft" is in SoftBank and in Microsoft; sorted by name, descending.
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));
        Assert.Contains("SoftBank Group", cut.FindAll("tbody tr")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Microsoft", cut.FindAll("tbody tr")[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("soft", cut.Find("input[data-testid=list-search]").GetAttribute("value"));
    }

    [Fact]
    public void Country_and_sector_from_the_url_filter_the_companies()
    {
        Navigation.NavigateTo("/companies?country=kr&sector=Semiconductors");

        var cut = Render<CompaniesList>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        Assert.Contains("Samsung Electronics", cut.Find("tbody tr").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Typing_a_search_narrows_the_list_and_puts_it_in_the_url()
    {
        Navigation.NavigateTo("/companies");
        var cut = Render<CompaniesList>();
        cut.WaitForAssertion(() => Assert.Equal(11, cut.FindAll("tbody tr").Count));

        cut.Find("input[data-testid=list-search]").Input("Samsung");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")), TimeSpan.FromSeconds(5));
        cut.WaitForAssertion(() => Assert.Contains("q=Samsung", Navigation.Uri, StringComparison.Ordinal));
    }
}
