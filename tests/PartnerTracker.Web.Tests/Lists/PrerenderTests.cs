using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Lists;

/// <summary>The HTML sent before the circuit connects must not claim the list is empty.</summary>
public sealed class PrerenderTests : MudTestContext
{
    [Fact]
    public void Prerendered_list_says_loading_not_empty()
    {
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));

        var cut = Render<DealsList>();

        Assert.Contains("Loading…", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("No deals recorded yet.", cut.Markup, StringComparison.Ordinal);
    }
}
