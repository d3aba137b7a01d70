using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using PartnerTracker.Application.Common;
using PartnerTracker.Web.Components;

namespace PartnerTracker.Web.Tests.Shared;

/// <summary>
/// A Viewer reaching an edit page inside the circuit (no request reaches the server's authorization middleware)
/// is refused by the router, sees why, and the refusal is logged as the middleware's are.
/// </summary>
public sealed class PageRefusedTests : MudTestContext
{
    protected override void SignIn(Bunit.TestDoubles.BunitAuthorizationContext authorization)
    {
        authorization.SetAuthorized("vic.viewer");
        authorization.SetRoles(Roles.Viewer);
    }

    protected override void AddServices(IServiceCollection services) => services.AddLogging(logging => logging.AddFakeLogging());

    [Fact]
    public async Task A_viewer_at_an_edit_address_sees_the_refusal_and_it_is_logged()
    {
        var dealId = await DealIdAsync(PartnerTracker.Data.Seed.ArticleSeed.StargateName);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/deals/{dealId}/edit");

        var cut = Render<Routes>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=access-denied]")));
        Assert.Empty(cut.FindAll("[data-testid=deal-save]"));
        var refusal = Assert.Single(Services.GetFakeLogCollector().GetSnapshot(), r => r.Message.StartsWith("Page refused", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, refusal.Level);
        Assert.Equal($"Page refused for vic.viewer at /deals/{dealId}/edit", refusal.Message);
    }
}
