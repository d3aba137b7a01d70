using PartnerTracker.Application.Common;
using PartnerTracker.Web.Components.Layout;

namespace PartnerTracker.Web.Tests.Layout;

public sealed class NavMenuTests : MudTestContext
{
    protected override bool Seeded => false;

    [Fact]
    public void Offers_an_analyst_every_section_and_the_writing_tools()
    {
        var cut = Render<NavMenu>();

        Assert.Equal(
            ["/", "/deals", "/network", "/changes", "/companies", "/people", "/products", "/events", "/sources", "/assistant", "/import"],
            cut.FindAll("a").Select(a => a.GetAttribute("href")));
    }
}

public sealed class NavMenuForReaderTests : MudTestContext
{
    protected override bool Seeded => false;

    [Fact]
    public void Offers_a_viewer_the_sections_without_the_writing_tools_or_accounts()
    {
        var cut = Render<NavMenu>();

        Assert.Equal(
            ["/", "/deals", "/network", "/changes", "/companies", "/people", "/products", "/events", "/sources"],
            cut.FindAll("a").Select(a => a.GetAttribute("href")));
    }

    protected override void SignIn(Bunit.TestDoubles.BunitAuthorizationContext authorization)
    {
        authorization.SetAuthorized("test viewer");
        authorization.SetRoles(Roles.Viewer);
    }
}

public sealed class NavMenuForAdminTests : MudTestContext
{
    protected override bool Seeded => false;

    [Fact]
    public void Offers_an_administrator_the_accounts_page()
    {
        var cut = Render<NavMenu>();

        Assert.Equal("/admin/users", cut.FindAll("a").Last().GetAttribute("href"));
    }

    protected override void SignIn(Bunit.TestDoubles.BunitAuthorizationContext authorization)
    {
        authorization.SetAuthorized("test admin");
        authorization.SetRoles(Roles.Admin);
    }
}
