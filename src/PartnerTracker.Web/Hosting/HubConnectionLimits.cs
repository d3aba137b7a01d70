using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Components.Server;
using PartnerTracker.Web.Accounts;

namespace PartnerTracker.Web.Hosting;

/// <summary>
/// Circuit limits from configuration (<see cref="CircuitSettings"/>), and a bound on how fast one client may open
/// Blazor hub connections: each circuit costs the server megabytes (docs/benchmarks.md, "Circuit memory"), so a
/// client that reconnects in a loop, or a script that opens circuits, is answered 429 once past the limit.
/// </summary>
public static class HubConnectionLimits
{
    /// <summary>The window <see cref="CircuitSettings.ConnectionsPerMinute"/> counts in.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Blazor's hub, as AddInteractiveServerRenderMode maps it.</summary>
    private static readonly PathString HubPath = "/_blazor";

    private static readonly PathString NegotiatePath = "/_blazor/negotiate";

    /// <exception cref="InvalidSettingException">A Circuits setting is malformed or out of range.</exception>
    public static IServiceCollection AddCircuitLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = CircuitSettings.From(configuration);
        services.AddSingleton(settings);
        services.Configure<CircuitOptions>(settings.ApplyTo);
        services.AddSingleton<HubConnectionRefusals>();
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, settings.ConnectionsPerMinute));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) =>
            {
                var http = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                http.RequestServices.GetRequiredService<HubConnectionRefusals>().Refused(ClientOf(http), settings.ConnectionsPerMinute);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>After authentication, so that a signed-in user is counted by name; before authorization, so that
    /// a signed-out flood is counted by address before it costs a challenge.</summary>
    public static IApplicationBuilder UseHubConnectionLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    /// <summary>
    /// A request that opens a hub connection: the negotiate that every connection starts with, or a connect that
    /// skipped negotiation (WebSockets only, no connection id). A connect with an id uses a negotiated connection
    /// and is not counted again, nor are long polling's repeated requests or the disconnect beacon.
    /// </summary>
    public static bool OpensHubConnection(HttpRequest request) =>
        request.Path.StartsWithSegments(NegotiatePath, StringComparison.OrdinalIgnoreCase)
        || (request.Path.StartsWithSegments(HubPath, StringComparison.OrdinalIgnoreCase, out var rest)
            && (!rest.HasValue || rest == "/")
            && !request.Query.ContainsKey("id"));

    /// <summary>The signed-in user's name, else the remote address (the client's own behind a proxy that forwards it).</summary>
    public static string ClientOf(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? $"user {AccountServices.ForLog(name)}"
            : $"address {http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";

    private static RateLimitPartition<string> Partition(HttpContext http, int perMinute) =>
        OpensHubConnection(http.Request)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = Window,
                // Refused at once: a queued connect would hold a request open only to be refused or let through late.
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(string.Empty);
}
