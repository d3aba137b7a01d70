using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application;
using PartnerTracker.Application.Features.ArticleAssistant;
using PartnerTracker.Data;

namespace PartnerTracker.Web.Cli;

/// <summary>
/// `extract FILE [app settings]`: runs the article assistant on an article file against the configured database
/// (the same settings as the app: appsettings.json, environment, command line) and prints the proposals as JSON.
/// It only reads: nothing is saved, no migration is applied, and a SQLite file that does not exist is not created.
/// </summary>
public static class ExtractCommand
{
    public const string Verb = "extract";

    public const string Usage = "Usage: extract FILE [--ConnectionStrings:Sqlite \"Data Source=...\"] [--Database:Provider SqlServer ...]";

    /// <returns>0 with the JSON on <paramref name="output"/>; 2 when the file or the database cannot be used (nothing is written).</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Count == 0 || SettingArguments.IsSetting(args[0]))
        {
            await error.WriteLineAsync($"Name the article file.\n{Usage}");
            return 2;
        }

        var settingArgs = args.Skip(1).ToArray();
        if (!SettingArguments.AreWellFormed(settingArgs))
        {
            await error.WriteLineAsync($"After the file, only app settings may follow (--Key value).\n{Usage}");
            return 2;
        }

        if (!File.Exists(args[0]))
        {
            await error.WriteLineAsync($"{args[0]}: no such file.\n{Usage}");
            return 2;
        }

        var article = ArticleFile.Parse(await File.ReadAllTextAsync(args[0], cancellationToken), out var problem);
        if (article is null)
        {
            await error.WriteLineAsync($"{args[0]}: {problem}");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settingArgs });
        var collection = new ServiceCollection().AddLogging();
        try
        {
            collection.AddPartnerTrackerData(builder.Configuration, builder.Environment.ContentRootPath);
        }
        catch (DatabaseConfigurationException ex)
        {
            await error.WriteLineAsync($"PartnerTracker cannot read the database settings: {ex.Message}");
            return 2;
        }

        await using var services = collection
            .AddPartnerTrackerApplication()
            .BuildServiceProvider();

        var settings = services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider == DatabaseProvider.Sqlite && new SqliteConnectionStringBuilder(settings.ConnectionString) is { Mode: not SqliteOpenMode.Memory } sqlite
            && !File.Exists(sqlite.DataSource))
        {
            await error.WriteLineAsync($"There is no database at {sqlite.DataSource}; start the app once to create it, or name one with --ConnectionStrings:Sqlite.");
            return 2;
        }

        await using (var db = await services.GetRequiredService<IDbContextFactory<PartnerTrackerDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                await error.WriteLineAsync($"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}); start the app once to apply them.");
                return 2;
            }
        }

        await using var scope = services.CreateAsyncScope();
        var proposals = await scope.ServiceProvider.GetRequiredService<ArticleExtractor>().ExtractAsync(article, cancellationToken);
        await output.WriteLineAsync(ArticleJson.Write(proposals));
        return 0;
    }
}
