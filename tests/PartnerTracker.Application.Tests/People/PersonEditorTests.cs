using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.People;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.People;

public sealed class PersonEditorTests : SeededDatabaseTests
{
    private PersonEditor editor = null!;
    private int kakaoId;

    protected override async Task InitializeAsync(SqliteTestDatabase database)
    {
        editor = new PersonEditor(database, new TestUser(), AppMapping.Mapper);
        kakaoId = await database.CompanyAsync("Kakao");
    }

    [Fact]
    public async Task Creates_a_person_with_trimmed_text_and_their_company()
    {
        var result = await editor.CreateAsync(ValidModel(m => (m.NativeName, m.Title) = ("  김범수 ", "   ")), Cancel);

        var saved = Assert.IsType<CommandResult.Saved>(result);
        await using var db = Database.CreateDbContext();
        var person = await db.People.SingleAsync(p => p.Id == saved.Id, Cancel);
        Assert.Equal(("Kim Beom-su", "김범수", null, kakaoId), (person.FullName, person.NativeName, person.Title, person.CompanyId));
        Assert.NotEqual(Guid.Empty, person.Version);
    }

    [Fact]
    public async Task Edits_a_person_and_moves_their_version()
    {
        var id = await Database.PersonAsync("Chung Shin-a");
        var model = (await editor.GetAsync(id, Cancel))!;
        model.Title = "Chief Executive Officer";
        model.CompanyId = null;

        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(id, model, cancellationToken: Cancel));

        var stored = (await editor.GetAsync(id, Cancel))!;
        Assert.Equal(("Chief Executive Officer", (int?)null), (stored.Title, stored.CompanyId));
        Assert.NotEqual(model.Version, stored.Version);
    }

    public static TheoryData<string, string, string, Action<PersonEditModel>> BadInput => new()
    {
        { "empty name", "FullName", "Name is required.", m => m.FullName = "   " },
        { "10,000-character name", "FullName", "at most 200", m => m.FullName = new string('x', 10_000) },
        { "control characters", "FullName", "control characters", m => m.FullName = "Kim\u0000Beom-su" },
        { "10,000-character native name", "NativeName", "at most 200", m => m.NativeName = new string('김', 10_000) },
        { "control characters in the title", "Title", "control characters", m => m.Title = "CEO\u001b[31m" },
        { "unknown company", "CompanyId", "No company has the id 9999", m => m.CompanyId = 9_999 },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public Task Bad_input_is_refused_with_a_message_beside_the_field_and_changes_nothing(string because, string field, string message, Action<PersonEditModel> spoil) =>
        AssertRefusedAsync(because, field, message, () => editor.CreateAsync(ValidModel(spoil), Cancel));

    [Fact]
    public async Task Bad_input_on_an_edit_changes_nothing_either()
    {
        var id = await Database.PersonAsync("Sam Altman");
        var model = (await editor.GetAsync(id, Cancel))!;
        model.CompanyId = 9_999;

        await AssertRefusedAsync("unknown company", "CompanyId", "No company has the id 9999", () => editor.UpdateAsync(id, model, cancellationToken: Cancel));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_each_field_both_values_and_nothing_written()
    {
        var id = await Database.PersonAsync("Sam Altman");
        var mine = (await editor.GetAsync(id, Cancel))!;
        var theirs = (await editor.GetAsync(id, Cancel))!;
        theirs.Title = "Chief Executive Officer";
        theirs.CompanyId = kakaoId;
        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(id, theirs, cancellationToken: Cancel));
        mine.Title = "Co-founder and CEO";
        var before = await SnapshotAsync();

        var result = await editor.UpdateAsync(id, mine, cancellationToken: Cancel);

        var conflict = Assert.IsType<CommandResult.Conflict>(result);
        Assert.Contains(new FieldConflict("Title", "Co-founder and CEO", "Chief Executive Officer"), conflict.Fields);
        Assert.Contains(new FieldConflict("Company", "OpenAI", "Kakao"), conflict.Fields);
        Assert.DoesNotContain(conflict.Fields, f => f.Field == "Name");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Overwrite_after_a_conflict_saves_the_users_values()
    {
        var id = await Database.PersonAsync("Sam Altman");
        var mine = (await editor.GetAsync(id, Cancel))!;
        var theirs = (await editor.GetAsync(id, Cancel))!;
        theirs.Title = "Their title";
        await editor.UpdateAsync(id, theirs, cancellationToken: Cancel);
        mine.Title = "My title";

        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(id, mine, overwrite: true, Cancel));
        Assert.Equal("My title", (await editor.GetAsync(id, Cancel))!.Title);
    }

    [Fact]
    public async Task Deleting_someone_on_deals_and_at_events_is_refused_naming_them()
    {
        var id = await Database.PersonAsync("Sam Altman");
        var version = (await editor.GetAsync(id, Cancel))!.Version;
        var before = await SnapshotAsync();

        var preview = (await editor.DescribeDeletionAsync(id, Cancel))!;
        var result = await editor.DeleteAsync(id, version, Cancel);

        var message = Assert.IsType<CommandResult.Invalid>(result).Summary;
        Assert.False(preview.Allowed);
        Assert.Equal(message, preview.Message);
        Assert.Contains("2 deals", message, StringComparison.Ordinal);
        Assert.Contains($"{ArticleSeed.OpenAiKakaoName} as Executive", message, StringComparison.Ordinal);
        Assert.Contains($"{ArticleSeed.SamsungHardwareName} as Spokesperson", message, StringComparison.Ordinal);
        Assert.Contains("5 events", message, StringComparison.Ordinal);
        Assert.Contains("Kakao press event with OpenAI", message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Deleting_someone_only_at_an_event_is_refused_too()
    {
        var id = await Database.PersonAsync("Chey Tae-won");

        var result = await editor.DeleteAsync(id, (await editor.GetAsync(id, Cancel))!.Version, Cancel);

        var message = Assert.IsType<CommandResult.Invalid>(result).Summary;
        Assert.Contains("attend 1 event (Sam Altman meets SK Group Chairman Chey Tae-won)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("deal", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deletes_a_person_on_nothing_with_the_citations_about_them()
    {
        var id = Assert.IsType<CommandResult.Saved>(await editor.CreateAsync(ValidModel(), Cancel)).Id;
        await using (var db = Database.CreateDbContext())
        {
            var source = await db.SourceArticles.Select(s => s.Id).FirstAsync(Cancel);
            db.Citations.Add(new Citation { SourceArticleId = source, Subject = CitationSubject.Person, PersonId = id, Quote = "Kim Beom-su, founder of Kakao" });
            await db.SaveChangesAsync(Cancel);
        }

        var preview = (await editor.DescribeDeletionAsync(id, Cancel))!;
        var result = await editor.DeleteAsync(id, (await editor.GetAsync(id, Cancel))!.Version, Cancel);

        Assert.Equal((true, "Delete “Kim Beom-su” with 1 citation about them?"), (preview.Allowed, preview.Message));
        Assert.IsType<CommandResult.Saved>(result);
        await using var check = Database.CreateDbContext();
        Assert.False(await check.People.AnyAsync(p => p.Id == id, Cancel));
        Assert.False(await check.Citations.AnyAsync(c => c.PersonId == id, Cancel));
    }

    [Fact]
    public async Task A_stale_delete_is_refused_and_deletes_nothing()
    {
        var id = Assert.IsType<CommandResult.Saved>(await editor.CreateAsync(ValidModel(), Cancel)).Id;
        var opened = (await editor.GetAsync(id, Cancel))!;
        var theirs = (await editor.GetAsync(id, Cancel))!;
        theirs.Title = "Chairman";
        await editor.UpdateAsync(id, theirs, cancellationToken: Cancel);

        var result = await editor.DeleteAsync(id, opened.Version, Cancel);

        Assert.IsType<CommandResult.Conflict>(result);
        Assert.NotNull(await editor.GetAsync(id, Cancel));
    }

    [Fact]
    public async Task Editing_someone_deleted_says_so() =>
        Assert.IsType<CommandResult.NotFound>(await editor.UpdateAsync(987_654, ValidModel(), cancellationToken: Cancel));

    private PersonEditModel ValidModel(Action<PersonEditModel>? change = null)
    {
        var model = new PersonEditModel { FullName = "  Kim Beom-su ", Title = "Founder", CompanyId = kakaoId };
        change?.Invoke(model);
        return model;
    }
}
