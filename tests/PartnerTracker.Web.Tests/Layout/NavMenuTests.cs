using PartnerTracker.Web.Components.Layout;

namespace PartnerTracker.Web.Tests.Layout;

public sealed class NavMenuTests : MudTestContext
{
    protected override bool Seeded => false;

    [Fact]
    public void Offers_every_section()
    {
        var cut = Render<NavMenu>();

        Assert.Equal(
            ["/", "/deals", "/network", "/changes", "/companies", "/people", "/products", "/events", "/sources"],
            cut.FindAll("a").Select(a => a.GetAttribute("href")));
    }
}
