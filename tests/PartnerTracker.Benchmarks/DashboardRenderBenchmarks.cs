using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using PartnerTracker.Application;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Web.Components.Pages.Dashboard;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// The dashboard page rendered on the server until its figures show, as a manager opening it meets it: with the
/// figures already kept (the app keeps the unfiltered dashboard computed after every change) and, for comparison,
/// with nothing kept, so every figure is queried during the render.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class DashboardRenderBenchmarks
{
    private BunitContext context = null!;

    [Params(10_000, 100_000)]
    public int Deals { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await BenchmarkDatabase.EnsureAsync(Deals);
        context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        var options = BenchmarkDatabase.ContextOptions(Deals);
        context.Services.AddSingleton<IDbContextFactory<PartnerTrackerDbContext>>(new ContextFactory(options));
        context.Services.AddPartnerTrackerApplication();
        context.Services.AddSingleton<TimeProvider>(new FixedClock(DashboardBenchmarks.Today));
        context.Services.AddScoped<ICurrentUser>(_ => new Manager());
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized("manager");
        authorization.SetRoles(Roles.Viewer);
        context.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        RenderUntilFigures(); // fills the kept figures, as the app's warmer does
    }

    // MudBlazor's services dispose only asynchronously.
    [GlobalCleanup]
    public Task CleanupAsync() => context.DisposeAsync().AsTask();

    [Benchmark(Baseline = true)]
    public void Render_with_kept_figures() => RenderUntilFigures();

    [Benchmark]
    public void Render_querying_every_figure()
    {
        ((MemoryCache)context.Services.GetRequiredService<IMemoryCache>()).Compact(1.0);
        RenderUntilFigures();
    }

    private void RenderUntilFigures()
    {
        var page = context.Render<Dashboard>();
        page.WaitForElement("[data-testid=kpis]", TimeSpan.FromMinutes(2));
        context.DisposeComponentsAsync().GetAwaiter().GetResult();
    }

    private sealed class ContextFactory(DbContextOptions<PartnerTrackerDbContext> options) : IDbContextFactory<PartnerTrackerDbContext>
    {
        public PartnerTrackerDbContext CreateDbContext() => new(options);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class Manager : ICurrentUser
    {
        public string Name => "manager";

        public bool CanWrite => false;

        public bool IsInRole(string role) => role == Roles.Viewer;
    }
}
