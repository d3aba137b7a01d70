using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Deals;

public sealed class CitationDialogTests : MudTestContext
{
    [Fact]
    public async Task A_quote_the_source_does_not_contain_is_refused_beside_the_field()
    {
        var deal = (await Services.GetRequiredService<DealsService>().GetDetailsAsync(await DealIdAsync(ArticleSeed.StargateName), Cancel))!;
        var provider = Render<MudDialogProvider>();
        var popovers = Render<MudPopoverProvider>();
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>()
            .ShowAsync<CitationDialog>("Cite", new DialogParameters<CitationDialog> { { d => d.Deal, deal } }));

        var source = provider.Find("input[data-testid=citation-source]");
        source.Focus();
        source.Input("JoongAng");
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")), TimeSpan.FromSeconds(5));
        await popovers.InvokeAsync(() => popovers.FindAll(".mud-list-item")[0].Click());
        provider.Find("textarea[data-testid=citation-quote]").Change("Stargate is worth one trillion dollars.");
        provider.Find("[data-testid=citation-save]").Click();

        provider.WaitForAssertion(() => Assert.Contains("does not occur in the source", provider.Markup, StringComparison.Ordinal));
    }
}
