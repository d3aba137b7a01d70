using System.Net;

using Fields = System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, string>>;

namespace PartnerTracker.E2E;

/// <summary>What an anonymous client gets over plain HTTP: headers on every response, and nothing but the login page.</summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private readonly RunningApp app = new();
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
    public async Task The_login_page_carries_the_security_headers()
    {
        using var response = await client.GetAsync("/account/login", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Health_tells_an_anonymous_caller_the_status_but_not_the_database_details()
    {
        using var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/health", Cancel));

        var database = health.RootElement.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, database.GetProperty("description").ValueKind);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/deals")]
    [InlineData("/deals/1/edit")]
    [InlineData("/admin/users")]
    [InlineData("/import")]
    [InlineData("/export/deals.csv")]
    [InlineData("/export/database.json")]
    public async Task Anonymous_requests_are_sent_to_the_login_page(string path)
    {
        using var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused_even_for_a_signed_in_user()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseAddress };
        var form = await browser.GetStringAsync("/account/login", Cancel);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Fields login =
        [
            new("_handler", "login"), new("__RequestVerificationToken", token),
            new("Input.UserName", TestAccounts.Analyst), new("Input.Password", TestAccounts.Password),
        ];
        using (var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(login), Cancel))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        using var forged = await browser.PostAsync("/account/logout", new FormUrlEncodedContent([new("returnUrl", "/")]), Cancel);
        using var loginWithoutToken = await browser.PostAsync("/account/login", new FormUrlEncodedContent(login.Where(f => f.Key != "__RequestVerificationToken")), Cancel);
        using var stillIn = await browser.GetAsync("/deals", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, loginWithoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task The_login_page_never_returns_to_another_site(string returnUrl)
    {
        Assert.Equal("/", PartnerTracker.Web.Accounts.AccountServices.LocalPathOrHome(returnUrl));
        using var response = await client.GetAsync($"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
