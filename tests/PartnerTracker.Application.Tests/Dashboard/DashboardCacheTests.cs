using Microsoft.Extensions.Caching.Memory;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Auditing;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Dashboard;

public sealed class DashboardCacheTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await SqliteTestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Kept_figures_are_shown_until_the_record_changes_then_computed_again()
    {
        long version = 1;
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new DashboardCache(new DashboardService(database, TimeProvider.System), memory, () => version);
        var kakaoDeals = DealFilter.None with { CompanyId = await database.CompanyAsync("Kakao") };

        var first = await cache.GetAsync(DealFilter.None, Cancel);
        Assert.Same(first, await cache.GetAsync(DealFilter.None, Cancel));
        Assert.False(cache.Has(kakaoDeals));

        version++;

        Assert.False(cache.Has(DealFilter.None));
        Assert.NotSame(first, await cache.GetAsync(DealFilter.None, Cancel));
    }

    [Fact]
    public async Task A_save_of_the_record_moves_its_version()
    {
        var analyst = new TestUser();
        var editor = new CompanyEditor(database.As(analyst), analyst);
        var before = RecordChanges.Version;

        Assert.IsType<CommandResult.Saved>(await editor.CreateAsync(new CompanyEditModel { Name = "Version Test Corp" }, Cancel));

        // Other tests save in parallel, so the version only grows; this save must have moved it at least once.
        Assert.True(RecordChanges.Version > before);
    }
}
