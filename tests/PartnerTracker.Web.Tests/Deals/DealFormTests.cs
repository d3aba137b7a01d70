using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Deals;

public sealed class DealFormTests : MudTestContext
{
    protected override void AddServices(IServiceCollection services) =>
        services.AddScoped<PartnerTracker.Application.Common.ICurrentUser>(_ => new TestUser("bunit analyst"));

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task Saving_an_empty_name_shows_the_message_beside_the_field_and_creates_nothing()
    {
        var dealsBefore = await CountDealsAsync();
        var cut = Render<DealForm>();

        await cut.Find("[data-testid=deal-save]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("Name is required.", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(dealsBefore, await CountDealsAsync());
    }

    [Fact]
    public async Task Saving_a_valid_deal_creates_it_and_opens_its_page()
    {
        var cut = Render<DealForm>();

        cut.Find("input[data-testid=deal-name-input]").Change("Kakao–OpenAI chip supply");
        await cut.Find("[data-testid=deal-save]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Matches("/deals/[0-9]+$", Navigation.Uri));
        await using var db = Database.CreateDbContext();
        var deal = await db.Deals.Include(d => d.StageHistory).SingleAsync(d => d.Name == "Kakao–OpenAI chip supply", Cancel);
        Assert.Equal($"/deals/{deal.Id}", new Uri(Navigation.Uri).AbsolutePath);
        Assert.Equal("bunit analyst", Assert.Single(deal.StageHistory).RecordedBy);
    }

    [Fact]
    public async Task A_conflicting_save_shows_field_yours_and_stored()
    {
        var id = await DealIdAsync(ArticleSeed.StargateName);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<DealForm>(p => p.Add(f => f.DealId, id));
        cut.WaitForAssertion(() => cut.Find("input[data-testid=deal-name-input]"));

        // A colleague saves first.
        var editor = Services.GetRequiredService<DealEditor>();
        var theirs = (await editor.GetAsync(id, Cancel))!;
        theirs.Name = "Stargate (their edit)";
        await editor.UpdateAsync(id, theirs, cancellationToken: Cancel);

        cut.Find("input[data-testid=deal-name-input]").Change("Stargate (my edit)");

        // Not awaited: the save waits for the user's answer in the dialog below.
        _ = cut.Find("[data-testid=deal-save]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=conflict-field]")));
        var row = dialogs.FindAll("[data-testid=conflict-field]").Single(r => r.TextContent.Contains("Name", StringComparison.Ordinal));
        Assert.Contains("Stargate (my edit)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Stargate (their edit)", row.TextContent, StringComparison.Ordinal);

        dialogs.Find("[data-testid=conflict-reload]").Click();
        cut.WaitForAssertion(() => Assert.Equal("Stargate (their edit)", cut.Find("input[data-testid=deal-name-input]").GetAttribute("value")));
    }

    private async Task<int> CountDealsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Deals.CountAsync(Cancel);
    }
}
