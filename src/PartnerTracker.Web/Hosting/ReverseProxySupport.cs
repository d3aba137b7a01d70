using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PartnerTracker.Web.Hosting;

/// <summary>
/// Behind a load balancer the request the app sees comes from the proxy: its address, plain HTTP, and often the
/// instance's own host name. The app builds absolute URLs from the host (the sign-in redirect) and marks cookies Secure
/// by the scheme, so it takes the client's address, scheme and host from the X-Forwarded-* headers — only from the
/// proxies it trusts: loopback (a proxy on the same machine) and whatever <c>ReverseProxy:KnownProxies</c> (addresses)
/// and <c>ReverseProxy:KnownNetworks</c> (CIDR) name. Anyone else's X-Forwarded-* headers are ignored, so a client that
/// reaches the app directly cannot pose as another address or host.
/// </summary>
public static class ReverseProxySupport
{
    public const string Section = "ReverseProxy";

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section);
        var proxies = settings.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = settings.GetSection("KnownNetworks").Get<string[]>() ?? [];
        var allowedHosts = settings.GetSection("AllowedHosts").Get<string[]>() ?? [];
        var parsedProxies = proxies.Select(p => IPAddress.TryParse(p, out var address) ? address
            : throw new InvalidSettingException($"{Section}:KnownProxies holds '{p}', which is not an IP address.")).ToList();
        var parsedNetworks = networks.Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network
            : throw new InvalidSettingException($"{Section}:KnownNetworks holds '{n}', which is not a network in CIDR form (10.0.0.0/8).")).ToList();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Loopback stays trusted (the framework's default); the configured proxies are added to it.
            parsedProxies.ForEach(options.KnownProxies.Add);
            parsedNetworks.ForEach(options.KnownIPNetworks.Add);
            // Limits the host a trusted proxy may forward; empty takes the proxy's word for it.
            foreach (var host in allowedHosts)
            {
                options.AllowedHosts.Add(host);
            }
        });
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the client's scheme, host and address.</summary>
    public static IApplicationBuilder UseReverseProxySupport(this IApplicationBuilder app) => app.UseForwardedHeaders();
}
