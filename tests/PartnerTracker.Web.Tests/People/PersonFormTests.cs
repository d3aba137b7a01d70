using Microsoft.EntityFrameworkCore;
using MudBlazor;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.People;

namespace PartnerTracker.Web.Tests.People;

public sealed class PersonFormTests : MudTestContext
{
    [Fact]
    public async Task Saving_an_empty_name_shows_the_message_beside_the_field_and_creates_nothing()
    {
        var before = await CountAsync();
        var cut = Render<PersonForm>();

        await cut.InvokeAsync(() => cut.Find("[data-testid=person-save]").ClickAsync(new()));

        cut.WaitForAssertion(() => Assert.Contains("Name is required.", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(before, await CountAsync());
        Assert.EndsWith("/", CurrentUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_valid_person_with_a_company_picked_by_name_creates_them_and_opens_their_page()
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<PersonForm>();

        cut.Find("input[data-testid=person-name-input]").Change("Kim Beom-su");
        cut.Find("input[data-testid=person-title-input]").Change("Founder");
        Pick(cut, popovers, "input[data-testid=person-company]", "Kakoa", "Kakao");
        await cut.InvokeAsync(() => cut.Find("[data-testid=person-save]").ClickAsync(new()));

        cut.WaitForAssertion(() => Assert.Matches("/people/[0-9]+$", CurrentUri));
        await using var db = Database.CreateDbContext();
        var person = await db.People.Include(p => p.Company).SingleAsync(p => p.FullName == "Kim Beom-su", Cancel);
        Assert.Equal($"/people/{person.Id}", new Uri(CurrentUri).AbsolutePath);
        Assert.Equal(("Founder", "Kakao"), (person.Title, person.Company!.Name));
    }

    [Fact]
    public async Task Once_saved_the_form_stays_disabled_so_a_late_second_click_writes_nothing()
    {
        var cut = Render<PersonForm>();
        cut.Find("input[data-testid=person-name-input]").Change("Dana Doubleclick");

        // The second click comes after the first save has finished, while the browser is still on its way to the
        // person's page (a double-click's clicks that overlap the save are the E2E test's case).
        await cut.InvokeAsync(() => cut.Find("[data-testid=person-save]").ClickAsync(new()));
        cut.WaitForAssertion(() => Assert.Matches("/people/[0-9]+$", CurrentUri));
        await cut.InvokeAsync(() => cut.Find("[data-testid=person-save]").ClickAsync(new()));

        Assert.True(cut.Find("[data-testid=person-save]").HasAttribute("disabled"));
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.People.CountAsync(p => p.FullName == "Dana Doubleclick", Cancel));
    }

    [Fact]
    public async Task Editing_shows_the_stored_values_with_the_company_by_name()
    {
        var id = await Database.PersonAsync("Sam Altman");

        var cut = Render<PersonForm>(p => p.Add(f => f.PersonId, id));

        cut.WaitForAssertion(() => Assert.Equal("Sam Altman", cut.Find("input[data-testid=person-name-input]").GetAttribute("value")));
        Assert.Equal("OpenAI", cut.Find("input[data-testid=person-company]").GetAttribute("value"));
        Assert.Equal("CEO", cut.Find("input[data-testid=person-title-input]").GetAttribute("value"));
    }

    [Fact]
    public void An_unknown_person_says_so()
    {
        var cut = Render<PersonForm>(p => p.Add(f => f.PersonId, 987_654));

        cut.WaitForAssertion(() => Assert.Contains("No person has the id 987654.", cut.Find("[data-testid=not-found]").TextContent, StringComparison.Ordinal));
    }

    private async Task<int> CountAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.People.CountAsync(Cancel);
    }
}
