using Bunit.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.Web.Components.Pages.Companies;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Refusals;

/// <summary>
/// A record page's Delete, confirmed, then refused (the role was lowered, someone else changed the record, the
/// database refused): a snackbar says why, the page stays on the record, and every row is still there.
/// </summary>
public sealed class RecordPageDeleteRefusalTests : RefusalTestContext
{
    /// <summary>The record pages sharing RecordPage's Delete: how each names its record, and what its delete concerns.</summary>
    public static TheoryData<string> Pages => ["deal", "company"];

    private static readonly Dictionary<string, string[]> Tables = new()
    {
        ["deal"] = ["Deals", "DealParticipants", "StageChanges", "Citations", "DealLinks", "EventDeals"],
        ["company"] = ["Companies", "CompanyAliases", "Citations", "DealParticipants"],
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_viewer_deleting_a_record_is_told_why_in_a_snackbar_and_nothing_is_deleted(string noun)
    {
        var (id, page) = await RenderRecordAsync(noun);
        LowerToViewer();
        var before = await CountsAsync(Tables[noun]);

        await DeleteAndConfirmAsync(page, noun);

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
        var record = noun == "deal" ? "Deal" : "Company";
        Reads($"Someone else changed this {noun} since you opened it; nothing was saved. "
            + $"{record}: yours “delete”, stored “changed by someone else since you opened it; reload and decide again”", snackbar);
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

    /// <summary>Stargate's page, or the page of a company nothing refers to (so only a refusal can stop its delete).</summary>
    private async Task<(int Id, IRenderedComponent<ContainerFragment> Page)> RenderRecordAsync(string noun)
    {
        RenderProviders();
        int id;
        IRenderedComponent<ContainerFragment> page;
        if (noun == "deal")
        {
            id = await DealIdAsync(ArticleSeed.StargateName);
            page = RenderPage<DealPage>(nameof(DealPage.DealId), id);
        }
        else
        {
            await using (var db = Database.CreateDbContext())
            {
                var company = new Company { Name = "Lone Refusal Test Co", Description = "Nothing refers to it." };
                db.Companies.Add(company);
                await db.SaveChangesAsync(Cancel);
                id = company.Id;
            }

            page = RenderPage<CompanyPage>(nameof(CompanyPage.CompanyId), id);
        }

        page.WaitForAssertion(() => page.Find($"[data-testid={noun}-delete]"), TimeSpan.FromSeconds(5));
        return (id, page);
    }

    /// <summary>One type for either page, so the theories share their steps.</summary>
    private IRenderedComponent<ContainerFragment> RenderPage<TPage>(string idParameter, int id)
        where TPage : IComponent => Render(builder =>
        {
            builder.OpenComponent<TPage>(0);
            builder.AddAttribute(1, idParameter, id);
            builder.CloseComponent();
        });

    private async Task DeleteAndConfirmAsync(IRenderedComponent<ContainerFragment> page, string noun)
    {
        // Not awaited: the click waits for the answer in the confirmation.
        var deleting = page.InvokeAsync(() => page.Find($"[data-testid={noun}-delete]").Click());
        Confirm();
        await deleting.WaitAsync(TimeSpan.FromSeconds(5), Cancel);
    }

    /// <summary>Another user saves the record after the page loaded: its version moves on.</summary>
    private async Task ChangeAsSomeoneElseAsync(string noun, int id)
    {
        await using var db = Database.CreateDbContext();
        if (noun == "deal")
        {
            (await db.Deals.SingleAsync(d => d.Id == id, Cancel)).Summary = "Rewritten by someone else.";
        }
        else
        {
            (await db.Companies.SingleAsync(c => c.Id == id, Cancel)).Description = "Rewritten by someone else.";
        }

        await db.SaveChangesAsync(Cancel);
    }

    /// <summary>Every row is still there, and the page still shows the record instead of returning to the list.</summary>
    private async Task AssertNothingDeletedAsync(string noun, int id, string before)
    {
        Assert.Equal(before, await CountsAsync(Tables[noun]));
        await using var db = Database.CreateDbContext();
        Assert.True(noun == "deal" ? await db.Deals.AnyAsync(d => d.Id == id, Cancel) : await db.Companies.AnyAsync(c => c.Id == id, Cancel));
        Assert.DoesNotMatch(noun == "deal" ? "/deals$" : "/companies$", CurrentUri);
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
    }
}
