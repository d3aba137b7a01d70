using Microsoft.EntityFrameworkCore;
using MudBlazor;
using PartnerTracker.Data.Seed;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Events;

namespace PartnerTracker.Web.Tests.Events;

public sealed class EventPageTests : MudTestContext
{
    private const string PressEvent = "Kakao press event with OpenAI";

    [Fact]
    public async Task The_Kakao_press_event_shows_its_date_kind_verification_links_and_quote()
    {
        var id = await Database.EventAsync(PressEvent);
        var altmanId = await Database.PersonAsync("Sam Altman");
        var kakaoId = await Database.CompanyAsync("Kakao");
        var partnershipId = await DealIdAsync(ArticleSeed.OpenAiKakaoName);

        var cut = Render<EventPage>(p => p.Add(x => x.EventId, id));

        cut.WaitForAssertion(() => Assert.Equal(PressEvent, cut.Find("[data-testid=event-name]").TextContent));
        Assert.Equal("2025-02-04", cut.Find("[data-testid=event-date]").TextContent);
        Assert.Contains("Press event", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Confirmed", cut.Find("[data-testid=event-verification]").TextContent.Trim());
        Assert.Equal("Central Seoul", cut.Find("[data-testid=event-place]").TextContent);
        var attendees = cut.FindAll("[data-testid=event-attendee]");
        Assert.Equal(2, attendees.Count);
        var altman = attendees.Single(a => a.TextContent.Contains("Sam Altman", StringComparison.Ordinal));
        Assert.Equal($"/people/{altmanId}", altman.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("CEO, OpenAI", altman.TextContent, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("[data-testid=event-company] a"), a => a.GetAttribute("href") == $"/companies/{kakaoId}");
        Assert.Equal($"/deals/{partnershipId}", cut.Find("[data-testid=event-deal] a").GetAttribute("href"));
        Assert.Contains("Korea JoongAng Daily", cut.Find("[data-testid=quote]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_asks_first_naming_what_goes_then_deletes_and_returns_to_the_list()
    {
        var id = await Database.EventAsync(PressEvent);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<EventPage>(p => p.Add(x => x.EventId, id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=event-delete]"));

        // Not awaited: the click waits for the answer in the confirmation below.
        _ = cut.Find("[data-testid=event-delete]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("2 attendees, 2 companies and 1 deal", dialogs.Find("[data-testid=confirm-dialog]").TextContent, StringComparison.Ordinal));
        dialogs.Find("[data-testid=confirm-ok]").Click();
        cut.WaitForAssertion(() => Assert.EndsWith("/events", CurrentUri, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.Events.AnyAsync(e => e.Id == id, Cancel));
    }

    [Fact]
    public void Unknown_event_says_so()
    {
        var cut = Render<EventPage>(p => p.Add(x => x.EventId, 987_654));

        cut.WaitForAssertion(() => Assert.Contains("No event has the id 987654.", cut.Markup, StringComparison.Ordinal));
    }
}
