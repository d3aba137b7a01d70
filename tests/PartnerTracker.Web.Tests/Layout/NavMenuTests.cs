using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.TestSupport;
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
            ["/", "/deals", "/companies", "/people", "/products", "/events", "/sources", "/assistant"],
            cut.FindAll("a").Select(a => a.GetAttribute("href")));
    }

}

public sealed class NavMenuForReaderTests : MudTestContext
{
    protected override bool Seeded => false;

    [Fact]
    public void Hides_the_article_assistant_from_a_reader()
    {
        var cut = Render<NavMenu>();

        Assert.DoesNotContain("/assistant", cut.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/deals", cut.FindAll("a").Select(a => a.GetAttribute("href")));
    }

    protected override void AddServices(IServiceCollection services) =>
        services.AddScoped<PartnerTracker.Application.Common.ICurrentUser>(_ => TestUser.Viewer());
}
