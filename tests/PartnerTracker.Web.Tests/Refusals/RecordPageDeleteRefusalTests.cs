using AngleSharp.Dom;
using Bunit.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Events;
using PartnerTracker.Application.Features.People;
using PartnerTracker.Application.Features.Products;
using PartnerTracker.Application.Features.Sources;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.Web.Components.Pages.Companies;
using PartnerTracker.Web.Components.Pages.Deals;
using PartnerTracker.Web.Components.Pages.Events;
using PartnerTracker.Web.Components.Pages.People;
using PartnerTracker.Web.Components.Pages.Products;
using PartnerTracker.Web.Components.Pages.Sources;

namespace PartnerTracker.Web.Tests.Refusals;

/// <summary>
/// A record page's Delete, refused (the role was lowered, someone else changed the record, the database refused, the
/// record is already gone): a snackbar says why, and every row is still there. A refused record stays on screen; one
/// already deleted sends the user back to its list.
/// </summary>
public sealed class RecordPageDeleteRefusalTests : RefusalTestContext
{
    /// <summary>The record pages sharing RecordPage's Delete, by how each names its record.</summary>
    public static TheoryData<string> Pages => ["deal", "company", "person", "product", "event", "source"];

    /// <summary>What each delete concerns, its own table first.</summary>
    private static readonly Dictionary<string, string[]> Tables = new()
    {
        ["deal"] = ["Deals", "DealParticipants", "StageChanges", "Citations", "DealLinks", "EventDeals"],
        ["company"] = ["Companies", "CompanyAliases", "Citations", "DealParticipants"],
        ["person"] = ["People", "Citations", "DealPeople", "EventAttendees"],
        ["product"] = ["Products", "Citations", "DealProducts"],
        ["event"] = ["Events", "Citations", "EventAttendees", "EventCompanies", "EventDeals"],
        ["source"] = ["SourceArticles", "Citations", "StageChanges"],
    };

    private static readonly Dictionary<string, string> Lists = new()
    {
        ["deal"] = "/deals", ["company"] = "/companies", ["person"] = "/people",
        ["product"] = "/products", ["event"] = "/events", ["source"] = "/sources",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_viewer_deleting_a_record_is_told_why_in_a_snackbar_without_a_confirmation_and_nothing_is_deleted(string noun)
    {
        var (id, page) = await RenderRecordAsync(noun);
        LowerToViewer();
        var before = await CountsAsync(Tables[noun]);

        // The role is checked before anything is asked: no confirmation for what the user may not do.
        await ClickDeleteAsync(page, noun);

        var snackbar = Snackbar();
        Reads(ViewerRefusal(AnalystName), snackbar);
        IsShownAs(Severity.Error, snackbar);
        await AssertNothingDeletedAsync(noun, id, before);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_record_someone_else_changed_since_the_page_loaded_is_not_deleted_and_the_snackbar_says_so(string noun)
    {
        var (id, page) = await RenderRecordAsync(noun);
        await ChangeAsSomeoneElseAsync(noun, id);
        var before = await CountsAsync(Tables[noun]);

        await DeleteAndConfirmAsync(page, noun);

        var snackbar = Snackbar();
        Reads($"Someone else changed this {noun} since you opened it; nothing was changed. The page shows their version: decide again.", snackbar);
        IsShownAs(Severity.Warning, snackbar);
        await AssertNothingDeletedAsync(noun, id, before);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_delete_the_database_refuses_is_told_in_the_presenters_words_in_a_snackbar_and_nothing_is_deleted(string noun)
    {
        var (id, page) = await RenderRecordAsync(noun);
        await RefuseAsync("DELETE", Tables[noun][0]);
        var before = await CountsAsync(Tables[noun]);

        await DeleteAndConfirmAsync(page, noun);

        var snackbar = Snackbar();
        Reads(DatabaseRefusal(noun), snackbar);
        ReadsADatabaseRefusal(snackbar);
        IsShownAs(Severity.Error, snackbar);
        await AssertNothingDeletedAsync(noun, id, before);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Deleting_a_record_someone_else_deleted_meanwhile_says_it_is_gone_in_a_snackbar_and_returns_to_the_list(string noun)
    {
        var (id, page) = await RenderRecordAsync(noun);
        await DeleteAsSomeoneElseAsync(noun, id);
        var before = await CountsAsync(Tables[noun]);

        // Nothing is left to describe, so nothing is asked: the click answers at once.
        await ClickDeleteAsync(page, noun);

        var snackbar = Snackbar();
        Reads($"{char.ToUpperInvariant(noun[0])}{noun[1..]} {id} was already deleted.", snackbar);
        IsShownAs(Severity.Warning, snackbar);
        Assert.Equal(before, await CountsAsync(Tables[noun]));
        Assert.Equal(Lists[noun], new Uri(CurrentUri).AbsolutePath);
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
    }

    /// <summary>Stargate's page, or the page of a record nothing refers to (so only a refusal can stop its delete).</summary>
    private async Task<(int Id, IRenderedComponent<ContainerFragment> Page)> RenderRecordAsync(string noun)
    {
        RenderProviders();
        var id = noun switch
        {
            "deal" => await DealIdAsync(ArticleSeed.StargateName),
            "company" => await AddAsync(new Company { Name = "Lone Refusal Test Co", Description = "Nothing refers to it." }),
            "person" => await AddAsync(new Person { FullName = "Lone Refusal Test Person", Title = "Nobody in particular" }),
            "product" => await AddAsync(new Product { Name = "Lone Refusal Test Product", Kind = ProductKind.Application, CompanyId = await AnyCompanyIdAsync() }),
            "event" => await AddAsync(new Event { Name = "Lone Refusal Test Event", Kind = EventKind.Meeting, Date = PartialDate.Day(2025, 2, 4) }),
            _ => await AddAsync(new SourceArticle { Title = "Lone Refusal Test Source", Publisher = "Nobody's Gazette" }),
        };

        var page = noun switch
        {
            "deal" => RenderPage<DealPage>(nameof(DealPage.DealId), id),
            "company" => RenderPage<CompanyPage>(nameof(CompanyPage.CompanyId), id),
            "person" => RenderPage<PersonPage>(nameof(PersonPage.PersonId), id),
            "product" => RenderPage<ProductPage>(nameof(ProductPage.ProductId), id),
            "event" => RenderPage<EventPage>(nameof(EventPage.EventId), id),
            _ => RenderPage<SourcePage>(nameof(SourcePage.SourceId), id),
        };

        page.WaitForAssertion(() => DeleteButton(page, noun), TimeSpan.FromSeconds(5));
        return (id, page);
    }

    private async Task<int> AddAsync<TEntity>(TEntity entity)
        where TEntity : class
    {
        await using var db = Database.CreateDbContext();
        db.Add(entity);
        await db.SaveChangesAsync(Cancel);
        return (int)db.Entry(entity).Property("Id").CurrentValue!;
    }

    private async Task<int> AnyCompanyIdAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Companies.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Cancel);
    }

    /// <summary>One type for every page, so the theories share their steps.</summary>
    private IRenderedComponent<ContainerFragment> RenderPage<TPage>(string idParameter, int id)
        where TPage : IComponent => Render(builder =>
        {
            builder.OpenComponent<TPage>(0);
            builder.AddAttribute(1, idParameter, id);
            builder.CloseComponent();
        });

    /// <summary>The page's Delete button (the source page's carries no data-testid: it is found by its text).</summary>
    private static IElement DeleteButton(IRenderedComponent<ContainerFragment> page, string noun) => noun == "source"
        ? page.FindAll("button").Single(b => b.TextContent.Trim() == "Delete")
        : page.Find($"[data-testid={noun}-delete]");

    private Task ClickDeleteAsync(IRenderedComponent<ContainerFragment> page, string noun) =>
        page.InvokeAsync(() => DeleteButton(page, noun).Click()).WaitAsync(TimeSpan.FromSeconds(5), Cancel);

    private async Task DeleteAndConfirmAsync(IRenderedComponent<ContainerFragment> page, string noun)
    {
        // Not awaited: the click waits for the answer in the confirmation.
        var deleting = page.InvokeAsync(() => DeleteButton(page, noun).Click());
        Confirm();
        await deleting.WaitAsync(TimeSpan.FromSeconds(5), Cancel);
    }

    /// <summary>Another user saves the record after the page loaded: its version moves on.</summary>
    private async Task ChangeAsSomeoneElseAsync(string noun, int id)
    {
        const string Rewritten = "Rewritten by someone else.";
        await using var db = Database.CreateDbContext();
        switch (noun)
        {
            case "deal": (await db.Deals.SingleAsync(d => d.Id == id, Cancel)).Summary = Rewritten; break;
            case "company": (await db.Companies.SingleAsync(c => c.Id == id, Cancel)).Description = Rewritten; break;
            case "person": (await db.People.SingleAsync(p => p.Id == id, Cancel)).Title = Rewritten; break;
            case "product": (await db.Products.SingleAsync(p => p.Id == id, Cancel)).Description = Rewritten; break;
            case "event": (await db.Events.SingleAsync(e => e.Id == id, Cancel)).Description = Rewritten; break;
            default: (await db.SourceArticles.SingleAsync(s => s.Id == id, Cancel)).Publisher = Rewritten; break;
        }

        await db.SaveChangesAsync(Cancel);
    }

    /// <summary>Another user deletes the record after the page loaded, with the app's own command.</summary>
    private async Task DeleteAsSomeoneElseAsync(string noun, int id)
    {
        var deleted = noun switch
        {
            "deal" => await DeleteWithAsync(Services.GetRequiredService<DealEditor>(), id),
            "company" => await DeleteWithAsync(Services.GetRequiredService<CompanyEditor>(), id),
            "person" => await DeleteWithAsync(Services.GetRequiredService<PersonEditor>(), id),
            "product" => await DeleteWithAsync(Services.GetRequiredService<ProductEditor>(), id),
            "event" => await DeleteWithAsync(Services.GetRequiredService<EventEditor>(), id),
            _ => await DeleteWithAsync(Services.GetRequiredService<SourceEditor>(), id),
        };
        Assert.True(deleted.IsSaved);
        Assert.False(await ExistsAsync(noun, id));
    }

    private async Task<CommandResult> DeleteWithAsync<TEntity, TModel>(VersionedEditor<TEntity, TModel> editor, int id)
        where TEntity : class, IVersioned
        where TModel : class, IEditModel
    {
        Guid version;
        await using (var db = Database.CreateDbContext())
        {
            version = await db.Set<TEntity>().Where(e => EF.Property<int>(e, "Id") == id).Select(e => e.Version).SingleAsync(Cancel);
        }

        return await editor.DeleteAsync(id, version, Cancel);
    }

    private async Task<bool> ExistsAsync(string noun, int id)
    {
        await using var db = Database.CreateDbContext();
        return noun switch
        {
            "deal" => await db.Deals.AnyAsync(d => d.Id == id, Cancel),
            "company" => await db.Companies.AnyAsync(c => c.Id == id, Cancel),
            "person" => await db.People.AnyAsync(p => p.Id == id, Cancel),
            "product" => await db.Products.AnyAsync(p => p.Id == id, Cancel),
            "event" => await db.Events.AnyAsync(e => e.Id == id, Cancel),
            _ => await db.SourceArticles.AnyAsync(s => s.Id == id, Cancel),
        };
    }

    /// <summary>Every row is still there, and the page still shows the record instead of returning to the list.</summary>
    private async Task AssertNothingDeletedAsync(string noun, int id, string before)
    {
        Assert.Equal(before, await CountsAsync(Tables[noun]));
        Assert.True(await ExistsAsync(noun, id));
        Assert.NotEqual(Lists[noun], new Uri(CurrentUri).AbsolutePath);
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
    }
}
