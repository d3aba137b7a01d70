using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerTracker.E2E;

/// <summary>
/// The app as a company runs it: Production, behind a TLS-terminating proxy with forwarded headers switched on as
/// the README says. HTTPS requests get HSTS; an unhandled error shows the generic page and nothing of the error.
/// </summary>
public sealed class ProductionPipelineTests : IAsyncLifetime
{
    private const string FailingPath = "/test-only/fails";
    private const string Secret = "a detail only the server may know";
    private const string PublicHost = "partners.example.com";

    private readonly RunningApp app = new(environment: "Production", configure: web => web
        .UseSetting("ForwardedHeaders_Enabled", "true")
        .ConfigureServices(services => services.AddTransient<IStartupFilter, FailingRequest>()));

    private HttpClient client = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        client = app.NewHttpClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task A_request_that_reached_the_proxy_over_https_gets_hsts()
    {
        using var response = await client.SendAsync(ThroughProxy("/account/login", "https"), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_http_request_gets_no_hsts()
    {
        using var response = await client.SendAsync(ThroughProxy("/account/login", "http"), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_unhandled_error_shows_the_generic_page_without_the_exception_or_a_stack_trace()
    {
        using var response = await client.SendAsync(ThroughProxy(FailingPath, "https"), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong on our side", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.DoesNotContain("at PartnerTracker", body, StringComparison.Ordinal);
        Assert.Contains(app.LogLines, line => line.Contains(Secret, StringComparison.Ordinal));
    }

    private static HttpRequestMessage ThroughProxy(string path, string scheme)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", scheme);
        return request;
    }

    /// <summary>
    /// A bug for the test to hit: a signed-in user's request that throws past every endpoint. The user is set before
    /// the app's own pipeline (the bug, not the sign-in, is under test); the throw comes after it, inside the app's
    /// exception handler.
    /// </summary>
    private sealed class FailingRequest : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => pipeline =>
        {
            pipeline.Use((context, following) =>
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, TestAccounts.Analyst)], "Test"));
                return following(context);
            });
            next(pipeline);
            pipeline.Run(context => context.Request.Path == FailingPath ? throw new InvalidOperationException(Secret) : Task.CompletedTask);
        };
    }
}
