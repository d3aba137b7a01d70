using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Events;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Events;

public sealed class EventEditorTests : SeededDatabaseTests
{
    private const string PressEvent = "Kakao press event with OpenAI";

    private EventEditor editor = null!;
    private int altmanId;
    private int chungId;
    private int kakaoId;
    private int openAiKakaoId;

    protected override async Task InitializeAsync(SqliteTestDatabase database)
    {
        editor = new EventEditor(database, new TestUser());
        altmanId = await database.PersonAsync("Sam Altman");
        chungId = await database.PersonAsync("Chung Shin-a");
        kakaoId = await database.CompanyAsync("Kakao");
        openAiKakaoId = await database.DealAsync(ArticleSeed.OpenAiKakaoName);
    }

    [Fact]
    public async Task Creates_an_event_with_its_date_at_its_precision_and_its_links()
    {
        var result = await editor.CreateAsync(ValidModel(), Cancel);

        var saved = Assert.IsType<CommandResult.Saved>(result);
        await using var db = Database.CreateDbContext();
        var meeting = await db.Events.Include(e => e.Attendees).Include(e => e.Companies).Include(e => e.Deals).SingleAsync(e => e.Id == saved.Id, Cancel);
        Assert.Equal(("Kanana launch briefing", EventKind.PressEvent, Verification.Confirmed, "Q2 2025", null), (meeting.Name, meeting.Kind, meeting.Verification, meeting.Date.ToString(), meeting.Place));
        Assert.Equal([altmanId, chungId], meeting.Attendees.Select(a => a.PersonId).Order());
        Assert.Equal([kakaoId], meeting.Companies.Select(c => c.CompanyId));
        Assert.Equal([openAiKakaoId], meeting.Deals.Select(d => d.DealId));
    }

    [Fact]
    public async Task An_edit_replaces_the_links_and_moves_the_version_even_when_only_links_change()
    {
        var id = await Database.EventAsync(PressEvent);
        var model = (await editor.GetAsync(id, Cancel))!;
        Assert.Equal([altmanId, chungId], model.AttendeeIds.Order());
        var leeId = await Database.PersonAsync("Lee Jae-yong");
        model.AttendeeIds = [chungId, leeId];
        model.DealIds = [];

        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(id, model, cancellationToken: Cancel));

        var stored = (await editor.GetAsync(id, Cancel))!;
        Assert.Equal(new[] { chungId, leeId }.Order(), stored.AttendeeIds.Order());
        Assert.Empty(stored.DealIds);
        Assert.Equal(2, stored.CompanyIds.Count);
        Assert.NotEqual(model.Version, stored.Version);
    }

    public static TheoryData<string, string, string, Action<EventEditModel>> BadInput => new()
    {
        { "empty name", "Name", "Name is required.", m => m.Name = "\t" },
        { "10,000-character name", "Name", "at most 200", m => m.Name = new string('x', 10_000) },
        { "control characters", "Name", "control characters", m => m.Name = "Briefing\u0007" },
        { "forged kind", "Kind", "no option '99'", m => m.Kind = (EventKind)99 },
        { "forged verification", "Verification", "no option '-1'", m => m.Verification = (Verification)(-1) },
        { "no date", "Date", "Date is required", m => (m.Date, m.DatePrecision) = (null, null) },
        { "precision contradicting the date", "Date", "first day of its quarter", m => (m.Date, m.DatePrecision) = (new DateOnly(2025, 2, 4), DatePrecision.Quarter) },
        { "date without precision", "Date", "say how precise", m => m.DatePrecision = null },
        { "precision without date", "Date", "Date is required", m => m.Date = null },
        { "forged precision", "Date", "no precision", m => m.DatePrecision = (DatePrecision)9 },
        { "301-character place", "Place", "at most 300", m => m.Place = new string('x', 301) },
        { "10,000-character description", "Description", "at most 4,000", m => m.Description = new string('x', 10_000) },
        { "unknown attendee", "AttendeeIds", "No person has the id 9999", m => m.AttendeeIds.Add(9_999) },
        { "unknown attendees", "AttendeeIds", "No person has the ids 9998, 9999", m => m.AttendeeIds.AddRange([9_998, 9_999]) },
        { "unknown company", "CompanyIds", "No company has the id 9999", m => m.CompanyIds.Add(9_999) },
        { "unknown deal", "DealIds", "No deal has the id 9999", m => m.DealIds.Add(9_999) },
        { "attendee listed twice", "AttendeeIds", "Sam Altman is listed twice", m => m.AttendeeIds.Add(m.AttendeeIds[0]) },
        { "company listed twice", "CompanyIds", "Kakao is listed twice", m => m.CompanyIds.Add(m.CompanyIds[0]) },
        { "deal listed twice", "DealIds", "OpenAI–Kakao partnership is listed twice", m => m.DealIds.Add(m.DealIds[0]) },
        { "absurdly many attendees", "AttendeeIds", "At most 200", m => m.AttendeeIds.AddRange(Enumerable.Range(1, 201)) },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public Task Bad_input_is_refused_with_a_message_beside_the_field_and_changes_nothing(string because, string field, string message, Action<EventEditModel> spoil) =>
        AssertRefusedAsync(because, field, message, () => editor.CreateAsync(ValidModel(spoil), Cancel));

    [Fact]
    public async Task Bad_links_on_an_edit_change_nothing_either()
    {
        var id = await Database.EventAsync(PressEvent);
        var model = (await editor.GetAsync(id, Cancel))!;
        model.AttendeeIds = [chungId];
        model.DealIds.Add(9_999);

        await AssertRefusedAsync("unknown deal", "DealIds", "No deal has the id 9999", () => editor.UpdateAsync(id, model, cancellationToken: Cancel));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_each_field_both_values_by_name_and_nothing_written()
    {
        var id = await Database.EventAsync(PressEvent);
        var mine = (await editor.GetAsync(id, Cancel))!;
        var theirs = (await editor.GetAsync(id, Cancel))!;
        theirs.AttendeeIds = [chungId];
        theirs.Place = "Pangyo";
        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(id, theirs, cancellationToken: Cancel));
        mine.Place = "Seoul";
        var before = await SnapshotAsync();

        var result = await editor.UpdateAsync(id, mine, cancellationToken: Cancel);

        var conflict = Assert.IsType<CommandResult.Conflict>(result);
        Assert.Contains(new FieldConflict("Place", "Seoul", "Pangyo"), conflict.Fields);
        Assert.Contains(new FieldConflict("Attendees", "Chung Shin-a, Sam Altman", "Chung Shin-a"), conflict.Fields);
        Assert.Equal(2, conflict.Fields.Count);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Deleting_an_event_takes_its_links_and_citations_and_leaves_people_companies_and_deals()
    {
        var id = await Database.EventAsync(PressEvent);
        var preview = (await editor.DescribeDeletionAsync(id, Cancel))!;

        var result = await editor.DeleteAsync(id, (await editor.GetAsync(id, Cancel))!.Version, Cancel);

        Assert.Equal(
            (true, $"Delete “{PressEvent}” with 1 citation about it? Its links to 2 attendees, 2 companies and 1 deal go with it; the people, companies and deals stay."),
            (preview.Allowed, preview.Message));
        Assert.IsType<CommandResult.Saved>(result);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.Events.AnyAsync(e => e.Id == id, Cancel));
        Assert.False(await db.EventAttendees.AnyAsync(a => a.EventId == id, Cancel));
        Assert.False(await db.EventDeals.AnyAsync(d => d.EventId == id, Cancel));
        Assert.False(await db.Citations.AnyAsync(c => c.EventId == id, Cancel));
        Assert.True(await db.People.AnyAsync(p => p.Id == chungId, Cancel));
        Assert.True(await db.Deals.AnyAsync(d => d.Id == openAiKakaoId, Cancel));
    }

    [Fact]
    public async Task A_stale_delete_is_refused_and_deletes_nothing()
    {
        var id = await Database.EventAsync(PressEvent);
        var opened = (await editor.GetAsync(id, Cancel))!;
        var theirs = (await editor.GetAsync(id, Cancel))!;
        theirs.Description = "Edited meanwhile";
        await editor.UpdateAsync(id, theirs, cancellationToken: Cancel);
        var before = await SnapshotAsync();

        var result = await editor.DeleteAsync(id, opened.Version, Cancel);

        Assert.IsType<CommandResult.Conflict>(result);
        Assert.Equal(before, await SnapshotAsync());
    }

    private EventEditModel ValidModel(Action<EventEditModel>? change = null)
    {
        var model = new EventEditModel
        {
            Name = "Kanana launch briefing",
            Kind = EventKind.PressEvent,
            Verification = Verification.Confirmed,
            Date = new DateOnly(2025, 4, 1),
            DatePrecision = DatePrecision.Quarter,
            Place = "  ",
            AttendeeIds = [altmanId, chungId],
            CompanyIds = [kakaoId],
            DealIds = [openAiKakaoId],
        };
        change?.Invoke(model);
        return model;
    }
}
