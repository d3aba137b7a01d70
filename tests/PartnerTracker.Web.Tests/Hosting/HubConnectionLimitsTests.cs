using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using PartnerTracker.Web.Hosting;

namespace PartnerTracker.Web.Tests.Hosting;

/// <summary>Which requests count as opening a hub connection, whom they are counted against, and how refusals are logged.</summary>
public sealed class HubConnectionLimitsTests
{
    [Theory]
    [InlineData("/_blazor/negotiate", "?negotiateVersion=1", true)]
    [InlineData("/_BLAZOR/Negotiate", "", true)]
    [InlineData("/_blazor", "", true)] // a WebSocket connect that skipped negotiation
    [InlineData("/_blazor/", "", true)]
    [InlineData("/_blazor", "?id=abc", false)] // the connect that follows a counted negotiate, or a long poll
    [InlineData("/_blazor/disconnect", "", false)] // the beacon that frees a circuit must always get through
    [InlineData("/_blazor/initializers", "", false)]
    [InlineData("/_blazorx/negotiate", "", false)]
    [InlineData("/deals", "", false)]
    [InlineData("/health", "", false)]
    public void Only_requests_that_open_a_hub_connection_are_counted(string path, string query, bool counted)
    {
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        http.Request.QueryString = new QueryString(query);

        Assert.Equal(counted, HubConnectionLimits.OpensHubConnection(http.Request));
    }

    [Fact]
    public void A_signed_in_user_is_counted_by_name_and_anyone_else_by_address()
    {
        var signedIn = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ana\nforged")], "cookie")) };
        var anonymous = new DefaultHttpContext();
        anonymous.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");

        Assert.Equal("user ana?forged", HubConnectionLimits.ClientOf(signedIn));
        Assert.Equal("address 203.0.113.7", HubConnectionLimits.ClientOf(anonymous));
    }

    [Fact]
    public void A_client_refused_many_times_is_logged_once_per_minute_and_each_client_on_its_own()
    {
        var clock = new SettableClock(new DateTimeOffset(2025, 2, 4, 9, 0, 0, TimeSpan.Zero));
        var logger = new FakeLogger<HubConnectionRefusals>();
        var refusals = new HubConnectionRefusals(logger, clock);

        Parallel.For(0, 5_000, _ => refusals.Refused("user ana.analyst", 60));
        refusals.Refused("address 203.0.113.7", 60);
        clock.Advance(HubConnectionLimits.Window - TimeSpan.FromSeconds(1));
        refusals.Refused("user ana.analyst", 60);
        clock.Advance(TimeSpan.FromSeconds(1));
        refusals.Refused("user ana.analyst", 60);

        var lines = logger.Collector.GetSnapshot();
        Assert.All(lines, line => Assert.Equal(LogLevel.Warning, line.Level));
        Assert.Equal(["user ana.analyst", "address 203.0.113.7", "user ana.analyst"], lines.Select(l => l.GetStructuredStateValue("Client")));
        Assert.Contains("more than 60 per minute (Circuits:ConnectionsPerMinute)", lines[0].Message, StringComparison.Ordinal);
    }

    private sealed class SettableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
