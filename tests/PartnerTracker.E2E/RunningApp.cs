using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerTracker.E2E;

/// <summary>
/// The real app, in-process on Kestrel at a free loopback port, over its own SQLite file in a fresh data folder:
/// migrated and seeded by the app's own start-up, exactly as on a newcomer's machine.
/// </summary>
public sealed class RunningApp : WebApplicationFactory<Program>
{
    /// <param name="dataFolder">Reuse a folder (a restart); a fresh temporary one when null.</param>
    /// <param name="seeded">False to start from an empty database, as an analyst with no data would.</param>
    public RunningApp(string? dataFolder = null, bool seeded = true)
    {
        DataFolder = dataFolder ?? Directory.CreateTempSubdirectory("pt-e2e-").FullName;
        Seeded = seeded;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public string DataFolder { get; }

    public bool Seeded { get; }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("Database:SeedArticle", Seeded ? "true" : "false");
    }
}
