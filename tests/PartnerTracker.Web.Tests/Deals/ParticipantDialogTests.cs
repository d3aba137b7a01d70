using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerTracker.Data.Seed;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Deals;

public sealed class ParticipantDialogTests : MudTestContext
{
    [Fact]
    public async Task Company_autocomplete_proposes_the_company_an_alias_names()
    {
        var dealId = await DealIdAsync(ArticleSeed.OpenAiKakaoName);
        var provider = Render<MudDialogProvider>();
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => dialogs.ShowAsync<ParticipantDialog>("Add participant", new DialogParameters<ParticipantDialog> { { d => d.DealId, dealId } }));

        provider.Find("input[data-testid=participant-company]").Focus();
        provider.Find("input[data-testid=participant-company]").Input("Samsung");

        popovers.WaitForAssertion(() => Assert.Contains("Samsung Electronics (alias Samsung)", popovers.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_unknown_company_can_be_created_without_leaving_the_dialog()
    {
        var dealId = await DealIdAsync(ArticleSeed.OpenAiKakaoName);
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => dialogs.ShowAsync<ParticipantDialog>("Add participant", new DialogParameters<ParticipantDialog> { { d => d.DealId, dealId } }));

        provider.Find("input[data-testid=participant-company]").Focus();
        provider.Find("input[data-testid=participant-company]").Input("Naver Cloud");
        provider.WaitForAssertion(() => provider.Find("[data-testid=participant-create-company]"), TimeSpan.FromSeconds(5));
        await provider.InvokeAsync(() => provider.Find("[data-testid=participant-create-company]").Click());
        await provider.InvokeAsync(() => provider.Find("[data-testid=participant-company-save]").Click());

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=participant-company-save]")));
        await using var db = Database.CreateDbContext();
        Assert.True(db.Companies.Any(c => c.Name == "Naver Cloud"));
    }
}
