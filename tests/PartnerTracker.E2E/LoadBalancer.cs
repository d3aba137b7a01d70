using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.SessionAffinity;
using Yarp.ReverseProxy.Transforms;

namespace PartnerTracker.E2E;

/// <summary>
/// A real reverse proxy (YARP) in-process on a free loopback port, spreading visitors over app instances the way a
/// company's load balancer would: a new visitor goes to the next instance in turn and is then kept there by a
/// cookie (a Blazor circuit lives in one instance's memory, so its negotiate request and its WebSocket must reach the
/// same one), and when that instance stops answering its health probe the visitor is moved to a live one.
/// </summary>
public sealed class LoadBalancer : IAsyncDisposable
{
    /// <summary>The response header naming the destination that served the request: tests read it, never guess.</summary>
    public const string ServedByHeader = "X-Served-By";

    /// <summary>The affinity cookie; its value is the destination id encrypted with the proxy's own keys.</summary>
    public const string AffinityCookieName = "PartnerTracker.Instance";

    private const string ClusterId = "instances";

    private readonly WebApplication proxy;

    private LoadBalancer(WebApplication proxy, Uri address)
    {
        this.proxy = proxy;
        Address = address;
    }

    /// <summary>The proxy's own address: what the browser is given, as users are given the company's URL.</summary>
    public Uri Address { get; }

    /// <param name="destinations">Each instance by the id the <see cref="ServedByHeader"/> will carry.</param>
    public static async Task<LoadBalancer> StartAsync(IReadOnlyDictionary<string, Uri> destinations)
    {
        // The slim builder: no appsettings of the app under test (copied beside the tests) leak into the proxy.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddReverseProxy()
            .LoadFromMemory([Route()], [Cluster(destinations)])
            .AddTransforms(transforms => transforms.AddResponseTransform(context =>
            {
                if (context.HttpContext.Features.Get<IReverseProxyFeature>()?.ProxiedDestination is { } destination)
                {
                    context.HttpContext.Response.Headers[ServedByHeader] = destination.DestinationId;
                }

                return ValueTask.CompletedTask;
            }));

        var proxy = builder.Build();
        // The default pipeline: session affinity, then load balancing over the healthy destinations, then the
        // forwarder, which proxies WebSocket upgrades (Blazor's circuit) with no setting of its own.
        proxy.MapReverseProxy();
        await proxy.StartAsync();
        var address = proxy.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoadBalancer(proxy, new Uri(address));
    }

    /// <summary>Waits until the proxy's health probe has found every destination healthy, so a test starts from a known state.</summary>
    public async Task WaitUntilAllHealthyAsync(CancellationToken cancellationToken)
    {
        var cluster = proxy.Services.GetRequiredService<IProxyStateLookup>().TryGetCluster(ClusterId, out var state) ? state : throw new InvalidOperationException("No cluster.");
        while (!cluster.Destinations.Values.All(d => d.Health.Active == DestinationHealth.Healthy))
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await proxy.StopAsync();
        await proxy.DisposeAsync();
    }

    // Every path to the one cluster, with YARP's default headers: the instance's own host, and the browser's host,
    // scheme and address in X-Forwarded-*, which the app trusts from a loopback proxy (Hosting/ReverseProxySupport),
    // so the URLs it builds (the sign-in redirect) point at the proxy, not at one instance.
    private static RouteConfig Route() =>
        new() { RouteId = "all", ClusterId = ClusterId, Match = new RouteMatch { Path = "{**path}" } };

    private static ClusterConfig Cluster(IReadOnlyDictionary<string, Uri> destinations) => new()
    {
        ClusterId = ClusterId,
        // In turn rather than YARP's default (two random choices): a test opening visitors one after another
        // reaches each instance within a couple of tries.
        LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
        SessionAffinity = new SessionAffinityConfig
        {
            Enabled = true,
            Policy = SessionAffinityConstants.Policies.Cookie,
            // The affine instance is missing from the healthy ones: pick a live one (and re-pin the cookie to it)
            // instead of answering 503.
            FailurePolicy = SessionAffinityConstants.FailurePolicies.Redistribute,
            AffinityKeyName = AffinityCookieName,
            // Strict like the app's own sign-in cookie; HttpOnly is YARP's default.
            Cookie = new SessionAffinityCookieConfig { SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict },
        },
        HealthCheck = new HealthCheckConfig
        {
            // The app's own /health (anonymous; it checks the database). Every second, so a stopped instance leaves
            // the rotation within a few seconds; a slow answer on a busy machine is given 5 s before it counts.
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = TimeSpan.FromSeconds(1),
                Timeout = TimeSpan.FromSeconds(5),
                Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                Path = "/health",
            },
        },
        // Two failed probes in a row, so one slow probe on a shared machine does not move every visitor.
        Metadata = new Dictionary<string, string> { [ConsecutiveFailuresHealthPolicyOptions.ThresholdMetadataName] = "2" },
        Destinations = destinations.ToDictionary(d => d.Key, d => new DestinationConfig { Address = d.Value.ToString() }),
    };
}
