using PartnerTracker.Web.Components.Pages.Companies;
using PartnerTracker.Web.Components.Pages.Events;
using PartnerTracker.Web.Components.Pages.People;
using PartnerTracker.Web.Components.Pages.Sources;

namespace PartnerTracker.Web.Tests.Lists;

public sealed class ListPagesTests : MudTestContext
{
    [Fact]
    public void Companies_list_shows_owner_and_deal_count()
    {
        var cut = Render<CompaniesList>();

        cut.WaitForAssertion(() => Assert.Equal(11, cut.FindAll("tbody tr").Count));
        var arm = Row(cut, "Arm");
        Assert.Contains("SoftBank Group", arm, StringComparison.Ordinal);
        Assert.Contains("GB", arm, StringComparison.Ordinal);
    }

    [Fact]
    public void People_list_shows_title_and_company()
    {
        var cut = Render<PeopleList>();

        cut.WaitForAssertion(() => Assert.Equal(6, cut.FindAll("tbody tr").Count));
        Assert.Contains("Executive Chairman", Row(cut, "Lee Jae-yong"), StringComparison.Ordinal);
        Assert.Contains("Samsung Electronics", Row(cut, "Lee Jae-yong"), StringComparison.Ordinal);
    }

    [Fact]
    public void Events_list_shows_dates_at_their_precision_and_kinds_in_words()
    {
        var cut = Render<EventsList>();

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("tbody tr").Count));
        var pressEvent = Row(cut, "Kakao press event");
        Assert.Contains("2025-02-04", pressEvent, StringComparison.Ordinal);
        Assert.Contains("Press event", pressEvent, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_list_links_each_source_to_its_page_never_to_an_outside_url()
    {
        var cut = Render<SourcesList>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        Assert.Contains("Korea JoongAng Daily", Row(cut, "Samsung, OpenAI, and SoftBank chiefs"), StringComparison.Ordinal);
        Assert.Matches("^/sources/[0-9]+$", Assert.Single(cut.FindAll("tbody a")).GetAttribute("href"));
    }

    private static string Row<T>(IRenderedComponent<T> cut, string text)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll("tbody tr").Single(r => r.TextContent.Contains(text, StringComparison.Ordinal)).TextContent;
}
