using PartnerTracker.Web.Components.Pages.Dashboard;

namespace PartnerTracker.Web.Tests.Dashboard;

public sealed class DashboardTests : MudTestContext
{
    [Fact]
    public void Shows_deal_count_disclosed_value_and_how_many_are_undisclosed()
    {
        var cut = Render<Components.Pages.Dashboard.Dashboard>();

        cut.WaitForAssertion(() => Assert.Contains("$500 billion", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("3 of 4 deals without a disclosed value", cut.Markup, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "/deals" && a.TextContent.Trim() == "4");
    }
}
