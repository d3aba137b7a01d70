using Microsoft.Extensions.Caching.Memory;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
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
        var cache = new DashboardCache(new DashboardService(database, TimeProvider.System), memory, _ => Task.FromResult(version));
        var kakaoDeals = DealFilter.None with { CompanyId = await database.CompanyAsync("Kakao") };

        var first = await cache.GetAsync(DealFilter.None, Cancel);
        Assert.Same(first, await cache.GetAsync(DealFilter.None, Cancel));
        Assert.False(await cache.HasAsync(kakaoDeals, Cancel));

        version++;

        Assert.False(await cache.HasAsync(DealFilter.None, Cancel));
        Assert.NotSame(first, await cache.GetAsync(DealFilter.None, Cancel));
    }

    [Fact]
    public async Task A_save_by_any_instance_moves_the_version_every_instance_reads()
    {
        // Two instances are two processes with their own contexts and caches, and one database between them.
        var mine = new RecordVersion(database);
        var theirs = new RecordVersion(database);
        var analyst = new TestUser();
        var before = await mine.ReadAsync(Cancel);

        Assert.IsType<CommandResult.Saved>(await new CompanyEditor(database.As(analyst), analyst).CreateAsync(new CompanyEditModel { Name = "Version Test Corp" }, Cancel));

        Assert.True(await mine.ReadAsync(Cancel) > before);
        Assert.Equal(await mine.ReadAsync(Cancel), await theirs.ReadAsync(Cancel));
    }

    [Fact]
    public async Task Figures_kept_by_one_instance_retire_when_another_instance_saves()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new DashboardCache(new DashboardService(database, TimeProvider.System), memory, new RecordVersion(database));
        var first = await cache.GetAsync(DealFilter.None, Cancel);
        Assert.True(await cache.HasAsync(DealFilter.None, Cancel));

        // The other instance's save reaches this instance through the database alone: no event, no shared memory.
        var analyst = new TestUser();
        Assert.IsType<CommandResult.Saved>(await new CompanyEditor(database.As(analyst), analyst).CreateAsync(new CompanyEditModel { Name = "Elsewhere Corp" }, Cancel));

        Assert.False(await cache.HasAsync(DealFilter.None, Cancel));
        Assert.NotSame(first, await cache.GetAsync(DealFilter.None, Cancel));
    }
}
