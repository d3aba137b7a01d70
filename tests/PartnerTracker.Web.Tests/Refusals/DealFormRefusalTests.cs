using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Refusals;

/// <summary>
/// The deal's edit form (/deals/{id}/edit), saved and refused because the deal was deleted meanwhile or because the
/// database refuses the UPDATE: the form says why in its general alert, a snackbar says it too, the form stays open,
/// and nothing is written.
/// </summary>
public sealed class DealFormRefusalTests : RefusalTestContext
{
    private static readonly string[] Tables = ["Deals", "StageChanges", "DealParticipants", "Citations", "AuditEntries"];

    [Fact]
    public async Task Saving_a_deal_deleted_meanwhile_says_it_is_gone_in_the_form_and_a_snackbar_and_creates_nothing()
    {
        var (id, form) = await RenderFormAsync();
        await DeleteDealAsSomeoneElseAsync(id);
        var before = await CountsAsync(Tables);

        await SaveAsync(form, "Stargate (my edit)");

        var expected = $"Deal {id} no longer exists; someone may have deleted it.";
        Reads(expected, GeneralAlert(form));
        IsShownAs(Severity.Warning, GeneralAlert(form)); // someone else's change warns, in the form as in the snackbar
        var snackbar = Snackbar();
        Reads(expected, snackbar);
        IsShownAs(Severity.Warning, snackbar);
        Assert.Equal(before, await CountsAsync(Tables));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.Deals.AnyAsync(d => d.Name == "Stargate (my edit)" || d.Name == ArticleSeed.StargateName, Cancel));
        Assert.DoesNotMatch("/deals/[0-9]+$", CurrentUri);
    }

    [Fact]
    public async Task A_deal_save_the_database_refuses_is_told_in_the_presenters_words_in_the_form_and_a_snackbar_and_nothing_changes()
    {
        var (id, form) = await RenderFormAsync();
        await RefuseAsync("UPDATE", "Deals");
        var before = await CountsAsync(Tables);

        await SaveAsync(form, "Stargate (my edit)");

        var alert = GeneralAlert(form);
        Reads(DatabaseRefusal("deal"), alert);
        ReadsADatabaseRefusal(alert);
        IsShownAs(Severity.Error, alert);
        var snackbar = Snackbar();
        Reads(DatabaseRefusal("deal"), snackbar);
        IsShownAs(Severity.Error, snackbar);
        Assert.Equal(before, await CountsAsync(Tables));
        await using var db = Database.CreateDbContext();
        Assert.Equal(ArticleSeed.StargateName, await db.Deals.Where(d => d.Id == id).Select(d => d.Name).SingleAsync(Cancel));
        Assert.DoesNotMatch("/deals/[0-9]+$", CurrentUri);
        Assert.Equal("Stargate (my edit)", form.Find("input[data-testid=deal-name-input]").GetAttribute("value"));
    }

    /// <summary>The providers and Stargate's edit form, once it shows the deal.</summary>
    private async Task<(int Id, IRenderedComponent<DealForm> Form)> RenderFormAsync()
    {
        RenderProviders();
        var id = await DealIdAsync(ArticleSeed.StargateName);
        var form = Render<DealForm>(p => p.Add(f => f.DealId, id));
        form.WaitForAssertion(
            () => Assert.Equal(ArticleSeed.StargateName, form.Find("input[data-testid=deal-name-input]").GetAttribute("value")),
            TimeSpan.FromSeconds(5));
        return (id, form);
    }

    private static async Task SaveAsync(IRenderedComponent<DealForm> form, string name)
    {
        form.Find("input[data-testid=deal-name-input]").Change(name);
        await form.InvokeAsync(() => form.Find("[data-testid=deal-save]").Click()).WaitAsync(TimeSpan.FromSeconds(5), Cancel);
    }

    /// <summary>The form's one message about the record as a whole (FormFrame's alert above the fields).</summary>
    private static IElement GeneralAlert(IRenderedComponent<DealForm> form)
    {
        form.WaitForAssertion(() => Assert.Single(form.FindAll(".mud-alert")), TimeSpan.FromSeconds(5));
        return form.Find(".mud-alert");
    }

}
