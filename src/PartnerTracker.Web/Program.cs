using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MudBlazor.Services;
using PartnerTracker.Application;
using PartnerTracker.Data;
using PartnerTracker.Web.Accounts;
using PartnerTracker.Web.Components;
using PartnerTracker.Web.Hosting;
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

// Past the verbs, the command line holds settings only (`--Key value`, `--Key=value`, `Key=value`). A misspelt verb
// ("usres list") would otherwise be ignored as a stray word and start the web server on the default database.
if (args is [var first, ..] && !first.StartsWith('-') && !first.StartsWith('/') && !first.Contains('=', StringComparison.Ordinal)
    && first != PartnerTracker.Web.Cli.UsersCommand.Verb)
{
    await Console.Error.WriteLineAsync($"Unknown command '{PartnerTracker.Web.Accounts.AccountServices.ForLog(first)}'. Commands: "
        + $"{PartnerTracker.Web.Cli.GenerateCommand.Verb}, {PartnerTracker.Web.Cli.ExtractCommand.Verb}, {PartnerTracker.Web.Cli.UsersCommand.Verb}; "
        + "without one, the app starts and takes settings only (--Key value).");
    return 2;
}

// A verb's arguments are checked before the app opens, migrates or seeds any database: a mistyped command touches nothing.
PartnerTracker.Web.Cli.UsersCommand.Request? users = null;
if (args is [PartnerTracker.Web.Cli.UsersCommand.Verb, .. var userArgs])
{
    users = PartnerTracker.Web.Cli.UsersCommand.Parse(userArgs);
    if (users is null)
    {
        await Console.Error.WriteLineAsync(PartnerTracker.Web.Cli.UsersCommand.Usage);
        return 2;
    }
}

WebApplication app;
try
{
    // The users verb's settings are the ones after its own arguments, read as the app reads its command line.
    var builder = WebApplication.CreateBuilder(users is null ? args : [.. users.Settings]);
    builder.Services.AddRazorComponents()
        .AddInteractiveServerComponents(circuit => circuit.DetailedErrors = builder.Environment.IsDevelopment());
    builder.Services.AddCircuitLimits(builder.Configuration);
    builder.Services.AddReverseProxySupport(builder.Configuration);
    builder.Services.AddMudServices();
    builder.Services.AddPartnerTrackerData(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddPartnerTrackerApplication();
    builder.Services.Configure<PartnerTracker.Application.Features.ArticleAssistant.Fetching.ArticleFetchOptions>(
        builder.Configuration.GetSection(PartnerTracker.Application.Features.ArticleAssistant.Fetching.ArticleFetchOptions.Section));
    builder.Services.AddPartnerTrackerAccounts(builder.Configuration);
    builder.Services.AddHostedService<PartnerTracker.Web.Services.DashboardWarmer>();
    builder.Services.AddSingleton<PartnerTracker.Web.Components.Pages.Dashboard.DashboardMarkup>();
    app = builder.Build();
}
catch (Exception ex) when (ex is DatabaseConfigurationException or InvalidSettingException)
{
    // A configuration mistake: say what to fix, without a stack trace.
    Console.Error.WriteLine($"PartnerTracker cannot start: {ex.Message}");
    return 1;
}

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

if (users is not null)
{
    return await PartnerTracker.Web.Cli.UsersCommand.RunAsync(app.Services, users, Console.In, Console.Out, Console.Error);
}

app.UseReverseProxySupport();
app.UseSecurityHeaders();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseAuthentication();
app.UseHubConnectionLimits();
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
