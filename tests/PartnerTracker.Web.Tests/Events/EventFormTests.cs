using Microsoft.EntityFrameworkCore;
using MudBlazor;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Events;
using PartnerTracker.Web.Components.Shared;

namespace PartnerTracker.Web.Tests.Events;

public sealed class EventFormTests : MudTestContext
{
    private const string PressEvent = "Kakao press event with OpenAI";

    [Fact]
    public async Task Saving_an_empty_name_shows_the_message_beside_the_field_and_creates_nothing()
    {
        var before = await CountAsync();
        var cut = Render<EventForm>();

        await cut.Find("[data-testid=event-save]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("Name is required.", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Date is required", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Saving_a_valid_event_with_an_attendee_picked_by_name_creates_it_and_opens_its_page()
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<EventForm>();

        cut.Find("input[data-testid=event-name-input]").Change("Kanana launch briefing");
        await PickDateAsync(cut, new DateOnly(2025, 4, 1), DatePrecision.Quarter);
        Pick(cut, popovers, "[data-testid=event-attendees] input", "shin", "Chung Shin-a");
        cut.WaitForAssertion(() => Assert.Equal(["Chung Shin-a"], Chips(cut, "event-attendees")));
        await cut.Find("[data-testid=event-save]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Matches("/events/[0-9]+$", CurrentUri));
        await using var db = Database.CreateDbContext();
        var meeting = await db.Events.Include(e => e.Attendees).ThenInclude(a => a.Person).SingleAsync(e => e.Name == "Kanana launch briefing", Cancel);
        Assert.Equal($"/events/{meeting.Id}", new Uri(CurrentUri).AbsolutePath);
        Assert.Equal("Q2 2025", meeting.Date.ToString());
        Assert.Equal(["Chung Shin-a"], meeting.Attendees.Select(a => a.Person!.FullName));
    }

    [Fact]
    public async Task Editing_shows_the_links_as_chips_and_removing_one_removes_it_on_save()
    {
        var id = await Database.EventAsync(PressEvent);
        var cut = Render<EventForm>(p => p.Add(f => f.EventId, id));
        cut.WaitForAssertion(() => Assert.Equal(["Chung Shin-a", "Sam Altman"], Chips(cut, "event-attendees")));
        Assert.Equal(["Kakao", "OpenAI"], Chips(cut, "event-companies"));
        Assert.Single(Chips(cut, "event-deals"));

        var altman = cut.FindAll("[data-testid=event-attendees-chip]").Single(c => c.TextContent.Contains("Sam Altman", StringComparison.Ordinal));
        await altman.QuerySelector("button")!.ClickAsync(new());
        cut.WaitForAssertion(() => Assert.Equal(["Chung Shin-a"], Chips(cut, "event-attendees")));
        await cut.Find("[data-testid=event-save]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.EndsWith($"/events/{id}", CurrentUri, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.Equal(["Chung Shin-a"], await db.EventAttendees.Where(a => a.EventId == id).Select(a => a.Person!.FullName).ToListAsync(Cancel));
        Assert.Equal(2, await db.EventCompanies.CountAsync(c => c.EventId == id, Cancel));
    }

    [Fact]
    public async Task A_picked_record_is_not_proposed_again()
    {
        var id = await Database.EventAsync(PressEvent);
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<EventForm>(p => p.Add(f => f.EventId, id));
        cut.WaitForAssertion(() => Assert.Equal(2, Chips(cut, "event-companies").Count));

        Pick(cut, popovers, "[data-testid=event-companies] input", "Samsung", "Samsung Electronics");

        cut.WaitForAssertion(() => Assert.Equal(["Kakao", "OpenAI", "Samsung Electronics"], Chips(cut, "event-companies")));
        cut.Find("[data-testid=event-companies] input").Input("Kakao");
        popovers.WaitForAssertion(() => Assert.DoesNotContain(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == "Kakao"), TimeSpan.FromSeconds(5));
    }

    private static List<string> Chips(IRenderedComponent<EventForm> cut, string picker) =>
        cut.FindAll($"[data-testid={picker}-chip]").Select(c => c.TextContent.Trim()).ToList();

    // The date picker's calendar is MudBlazor's; the form is driven through the date input it sits in.
    private static async Task PickDateAsync(IRenderedComponent<EventForm> cut, DateOnly date, DatePrecision precision)
    {
        var input = cut.FindComponent<PartialDateInput>();
        await cut.InvokeAsync(() => input.Instance.PrecisionChanged.InvokeAsync(precision));
        await cut.InvokeAsync(() => input.Instance.DateChanged.InvokeAsync(date));
    }

    private async Task<int> CountAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Events.CountAsync(Cancel);
    }
}
