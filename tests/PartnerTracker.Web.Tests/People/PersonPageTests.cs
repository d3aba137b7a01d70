using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerTracker.Data.Seed;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.People;

namespace PartnerTracker.Web.Tests.People;

public sealed class PersonPageTests : MudTestContext
{
    [Fact]
    public async Task Sam_Altmans_page_lists_his_company_deals_with_roles_events_and_quotes()
    {
        var id = await Database.PersonAsync("Sam Altman");
        var openAiId = await Database.CompanyAsync("OpenAI");
        var partnershipId = await DealIdAsync(ArticleSeed.OpenAiKakaoName);
        var pressEventId = await Database.EventAsync("Kakao press event with OpenAI");

        var cut = Render<PersonPage>(p => p.Add(x => x.PersonId, id));

        cut.WaitForAssertion(() => Assert.Equal("Sam Altman", cut.Find("[data-testid=person-name]").TextContent));
        Assert.Equal($"/companies/{openAiId}", cut.Find("[data-testid=person-company]").GetAttribute("href"));
        Assert.Contains("CEO", cut.Find("[data-testid=person-position]").TextContent, StringComparison.Ordinal);
        var partnership = cut.FindAll("[data-testid=person-deal]").Single(d => d.TextContent.Contains(ArticleSeed.OpenAiKakaoName, StringComparison.Ordinal));
        Assert.Contains("Executive", partnership.TextContent, StringComparison.Ordinal);
        Assert.Contains(partnership.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/deals/{partnershipId}");
        Assert.NotEmpty(partnership.QuerySelectorAll("[data-testid=quote]"));
        Assert.Equal(2, cut.FindAll("[data-testid=person-deal]").Count);
        var events = cut.FindAll("[data-testid=person-event]");
        Assert.Equal(5, events.Count);
        var pressEvent = events.Single(e => e.TextContent.Contains("Kakao press event with OpenAI", StringComparison.Ordinal));
        Assert.Equal($"/events/{pressEventId}", pressEvent.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("2025-02-04", pressEvent.TextContent, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("[data-testid=quote]"), q => q.TextContent.Contains("Korea JoongAng Daily", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_is_refused_while_he_is_on_deals_saying_which()
    {
        var id = await Database.PersonAsync("Sam Altman");
        var snackbars = Render<MudSnackbarProvider>();
        var cut = Render<PersonPage>(p => p.Add(x => x.PersonId, id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=person-delete]"));

        await cut.Find("[data-testid=person-delete]").ClickAsync(new());

        snackbars.WaitForAssertion(() => Assert.Contains(ArticleSeed.SamsungHardwareName, snackbars.Markup, StringComparison.Ordinal));
        Assert.Contains("cannot be deleted", snackbars.Markup, StringComparison.Ordinal);
        Assert.NotNull(await Services.GetRequiredService<PartnerTracker.Application.Features.People.PersonEditor>().GetAsync(id, Cancel));
    }

    [Fact]
    public void Unknown_person_says_so()
    {
        var cut = Render<PersonPage>(p => p.Add(x => x.PersonId, 987_654));

        cut.WaitForAssertion(() => Assert.Contains("No person has the id 987654.", cut.Markup, StringComparison.Ordinal));
    }
}
