using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MudBlazor.Services;
using PartnerTracker.Application;
using PartnerTracker.Data;
using PartnerTracker.Web.Accounts;
using PartnerTracker.Web.Components;
using PartnerTracker.Web.Security;
using PartnerTracker.Web.Export;

if (args is [PartnerTracker.Web.Cli.GenerateCommand.Verb, .. var verbArgs])
{
    return await PartnerTracker.Web.Cli.GenerateCommand.RunAsync(verbArgs, Console.Out, Console.Error);
}

if (args is [PartnerTracker.Web.Cli.ExtractCommand.Verb, .. var extractArgs])
{
    return await PartnerTracker.Web.Cli.ExtractCommand.RunAsync(extractArgs, Console.Out, Console.Error);
}

WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddRazorComponents()
        .AddInteractiveServerComponents(circuit => circuit.DetailedErrors = builder.Environment.IsDevelopment());
    builder.Services.AddMudServices();
    builder.Services.AddPartnerTrackerData(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddPartnerTrackerApplication();
    builder.Services.Configure<PartnerTracker.Application.Features.ArticleAssistant.Fetching.ArticleFetchOptions>(
        builder.Configuration.GetSection(PartnerTracker.Application.Features.ArticleAssistant.Fetching.ArticleFetchOptions.Section));
    builder.Services.AddPartnerTrackerAccounts();
    builder.Services.AddHostedService<PartnerTracker.Web.Services.DashboardWarmer>();
    app = builder.Build();
}
catch (DatabaseConfigurationException ex)
{
    // A configuration mistake: say what to fix, without a stack trace.
    Console.Error.WriteLine($"PartnerTracker cannot start: {ex.Message}");
    return 1;
}

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

if (args is [PartnerTracker.Web.Cli.UsersCommand.Verb, .. var userArgs])
{
    return await PartnerTracker.Web.Cli.UsersCommand.RunAsync(app.Services, userArgs, Console.In, Console.Out, Console.Error);
}

app.UseSecurityHeaders();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

// Anonymous users reach the login page, its styles and scripts, and /health; every other endpoint needs an account.
app.MapStaticAssets().AllowAnonymous();
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
app.MapAccountEndpoints();
app.MapExportEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = "'none'");
await app.RunAsync();
return 0;

static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
{
    context.Response.ContentType = "application/json";
    // Anyone may ask whether the app is up; only a signed-in user is told the provider and pending migrations.
    var detailed = context.User.Identity?.IsAuthenticated == true;
    var body = new
    {
        status = report.Status.ToString(),
        checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = detailed ? e.Value.Description : null }),
    };
    return context.Response.WriteAsync(JsonSerializer.Serialize(body));
}

/// <summary>The entry point, visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
