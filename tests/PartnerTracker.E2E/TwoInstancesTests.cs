using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using PartnerTracker.Data;

namespace PartnerTracker.E2E;

/// <summary>
/// Two app instances on one database, as behind a load balancer: a user signed in on one is signed in on the other,
/// because both read the one key ring the database holds (the same keys protect antiforgery tokens).
/// </summary>
public sealed class TwoInstancesTests(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("pt-e2e-two-").FullName;
    private RunningApp first = null!;
    private RunningApp second = null!;

    public ValueTask InitializeAsync()
    {
        browser.SkipWhenMissing();
        (first, second) = (new RunningApp(folder), new RunningApp(folder));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseContextsAsync();
        await first.DisposeAsync();
        await second.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_user_signed_in_on_one_instance_is_signed_in_on_the_other()
    {
        var firstAddress = first.BaseAddress;
        var secondAddress = second.BaseAddress;
        Assert.NotEqual(firstAddress.Port, secondAddress.Port);

        // Cookies belong to the host, not the port: the browser sends the first instance's cookie to the second.
        var page = await browser.OpenAsync(new Uri(firstAddress, "/deals"));
        await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(4);

        await page.GotoAsync(new Uri(secondAddress, "/deals").ToString());

        await page.Locator("[data-interactive=true]").WaitForAsync();
        Assert.StartsWith(new Uri(secondAddress, "/deals").ToString(), page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(4);

        // And it is the database that they share: both keep their key ring there, and the first one's key is in it.
        // (Two instances in one test process would share the default key folder too; this is what tells them apart.)
        foreach (var app in new[] { first, second })
        {
            var repository = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
            Assert.IsType<EntityFrameworkCoreXmlRepository<PartnerTrackerDbContext>>(repository);
        }

        await using var scope = first.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PartnerTrackerDbContext>>().CreateDbContext();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(TestContext.Current.CancellationToken));
    }
}
