using System.Net;

namespace PartnerTracker.E2E;

/// <summary>
/// Behind a proxy the app builds its URLs (the sign-in redirect) and marks cookies by the browser's host and scheme,
/// which a trusted proxy forwards in X-Forwarded-*; loopback is trusted, others only when configured.
/// </summary>
public sealed class ReverseProxySupportTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Forwarded(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-Host", "partners.example.test");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return request;
    }

    [Fact]
    public async Task The_sign_in_redirect_points_at_the_host_and_scheme_a_loopback_proxy_forwards()
    {
        await using var app = new RunningApp(seeded: false, withAccounts: false);
        using var client = app.NewHttpClient();

        var response = await client.SendAsync(Forwarded("/deals"), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://partners.example.test/account/login?ReturnUrl=%2Fdeals", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Without_forwarded_headers_the_app_answers_for_its_own_address()
    {
        await using var app = new RunningApp(seeded: false, withAccounts: false);
        using var client = app.NewHttpClient();

        var response = await client.GetAsync("/deals", Cancel);

        Assert.Equal(new Uri(app.BaseAddress, "/account/login?ReturnUrl=%2Fdeals"), response.Headers.Location);
    }

    [Theory]
    [InlineData("ReverseProxy__KnownProxies__0", "proxy.internal", "ReverseProxy:KnownProxies holds 'proxy.internal'")]
    [InlineData("ReverseProxy__KnownNetworks__0", "10.0.0.0/33", "ReverseProxy:KnownNetworks holds '10.0.0.0/33'")]
    public async Task A_proxy_setting_that_is_not_an_address_stops_the_start_with_a_message(string variable, string value, string message)
    {
        var folder = Directory.CreateTempSubdirectory("pt-e2e-proxy-").FullName;
        try
        {
            var run = await AppProcess.RunAsync([], new Dictionary<string, string>
            {
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["Database__DataFolder"] = folder,
                [variable] = value,
            });

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("PartnerTracker cannot start: " + message, run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
