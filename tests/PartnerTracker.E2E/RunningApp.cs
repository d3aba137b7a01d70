using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace PartnerTracker.E2E;

/// <summary>
/// The real app, in-process on Kestrel at a free loopback port, over its own SQLite file in a fresh data folder:
/// migrated and seeded by the app's own start-up, exactly as on a newcomer's machine.
/// </summary>
public sealed class RunningApp : WebApplicationFactory<Program>
{
    /// <param name="dataFolder">Reuse a folder (a restart); a fresh temporary one when null.</param>
    /// <param name="seeded">False to start from an empty database, as an analyst with no data would.</param>
    /// <param name="withAccounts">False to start with no account at all, as a newcomer's first start does.</param>
    /// <param name="environment">"Production" to run as a company deploys it (no detailed errors, HSTS).</param>
    /// <param name="configure">More settings or services, applied last.</param>
    public RunningApp(string? dataFolder = null, bool seeded = true, bool withAccounts = true, string environment = "Development", Action<IWebHostBuilder>? configure = null)
    {
        this.environment = environment;
        this.configure = configure;
        ownsFolder = dataFolder is null;
        DataFolder = dataFolder ?? Directory.CreateTempSubdirectory("pt-e2e-").FullName;
        Seeded = seeded;
        WithAccounts = withAccounts;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    private readonly bool ownsFolder;
    private readonly string environment;
    private readonly Action<IWebHostBuilder>? configure;

    public string DataFolder { get; }

    public bool Seeded { get; }

    public bool WithAccounts { get; }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address);
        }
    }

    /// <summary>Every line the app has logged so far, with the exception's message if any (the console still gets them).</summary>
    public IReadOnlyList<string> LogLines => Services.GetFakeLogCollector().GetSnapshot()
        .Select(r => $"{r.Level} {r.Category}: {r.Message}{(r.Exception is { } e ? $" {e.GetType().Name}: {e.Message}" : "")}")
        .ToList();

    /// <summary>A plain HTTP client for the app that shows redirects instead of following them.</summary>
    public HttpClient NewHttpClient() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>Stops the app and deletes the data folder it made (a folder the caller named stays).</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsFolder && Directory.Exists(DataFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureLogging(logging => logging.AddFakeLogging());
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("Database:SeedArticle", Seeded ? "true" : "false");
        if (WithAccounts)
        {
            builder.ConfigureServices(services => services.AddHostedService<TestAccounts.Creator>());
        }

        configure?.Invoke(builder);
    }
}
