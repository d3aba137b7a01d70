using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace PartnerTracker.Data;

/// <summary>
/// The database configuration, read and checked once at start: a wrong provider name or a malformed connection
/// string stops the app with a message that says which setting to fix.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool SeedArticle)
{
    public const string SqliteMigrationsAssembly = "PartnerTracker.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "PartnerTracker.Migrations.SqlServer";

    public string MigrationsAssembly => Provider == DatabaseProvider.Sqlite ? SqliteMigrationsAssembly : SqlServerMigrationsAssembly;

    /// <param name="configuration">Reads Database:Provider, Database:DataFolder, Database:SeedArticle and ConnectionStrings:{Sqlite|SqlServer}.</param>
    /// <param name="contentRoot">The folder a relative data folder is resolved against.</param>
    /// <exception cref="DatabaseConfigurationException">A setting is missing or malformed; the message names it.</exception>
    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"]?.Trim();

        // Names only: Enum.TryParse would also take "1" or "Sqlite, SqlServer".
        var provider = string.IsNullOrEmpty(providerName)
            ? DatabaseProvider.Sqlite
            : Enum.GetValues<DatabaseProvider>().Cast<DatabaseProvider?>()
                .FirstOrDefault(p => string.Equals(p.ToString(), providerName, StringComparison.OrdinalIgnoreCase))
              ?? throw new DatabaseConfigurationException(
                  $"Database:Provider is '{providerName}', which is not a provider PartnerTracker knows. Set it to 'Sqlite' (the default) or 'SqlServer'.");

        var connectionString = provider == DatabaseProvider.Sqlite
            ? SqliteConnectionString(configuration, contentRoot)
            : SqlServerConnectionString(configuration);

        // The article is the embedded database's starting data; a company's SQL Server starts empty unless asked.
        var seed = configuration.GetValue("Database:SeedArticle", provider == DatabaseProvider.Sqlite);
        return new DatabaseSettings(provider, connectionString, seed);
    }

    private static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString("Sqlite");
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = string.IsNullOrWhiteSpace(configured)
                ? new SqliteConnectionStringBuilder { DataSource = "partnertracker.db" }
                : new SqliteConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseConfigurationException($"ConnectionStrings:Sqlite is malformed ({ex.Message}). Example: 'Data Source=partnertracker.db'.", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new DatabaseConfigurationException("ConnectionStrings:Sqlite names no Data Source. Example: 'Data Source=partnertracker.db'.");
        }

        // A relative file lives in the data folder, which is created when missing.
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            var dataFolder = Path.GetFullPath(configuration["Database:DataFolder"] ?? "App_Data", contentRoot);
            Directory.CreateDirectory(dataFolder);
            builder.DataSource = Path.Combine(dataFolder, builder.DataSource);
        }

        return builder.ToString();
    }

    private static string SqlServerConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("SqlServer");
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new DatabaseConfigurationException(
                "Database:Provider is 'SqlServer' but ConnectionStrings:SqlServer is empty. Set it, for example 'Server=db;Database=PartnerTracker;Integrated Security=true;TrustServerCertificate=true'.");
        }

        try
        {
            var builder = new SqlConnectionStringBuilder(configured);
            if (string.IsNullOrWhiteSpace(builder.DataSource))
            {
                throw new DatabaseConfigurationException("ConnectionStrings:SqlServer names no Server. Add 'Server=...'.");
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseConfigurationException($"ConnectionStrings:SqlServer is malformed ({ex.Message}).", ex);
        }
    }
}
