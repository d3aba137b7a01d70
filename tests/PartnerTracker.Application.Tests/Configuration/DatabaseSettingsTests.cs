using Microsoft.Extensions.Configuration;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Tests.Configuration;

public sealed class DatabaseSettingsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("pt-settings-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Defaults_to_a_SQLite_file_in_the_data_folder_which_is_created()
    {
        var settings = DatabaseSettings.From(Config(), root);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Contains(Path.Combine(root, "App_Data", "partnertracker.db"), settings.ConnectionString, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(root, "App_Data")));
        Assert.True(settings.SeedArticle);
    }

    [Fact]
    public void SqlServer_takes_its_connection_string_and_does_not_seed_by_default()
    {
        var settings = DatabaseSettings.From(
            Config(("Database:Provider", "sqlserver"), ("ConnectionStrings:SqlServer", "Server=db;Database=PT;Integrated Security=true")), root);

        Assert.Equal(DatabaseProvider.SqlServer, settings.Provider);
        Assert.Equal(DatabaseSettings.SqlServerMigrationsAssembly, settings.MigrationsAssembly);
        Assert.False(settings.SeedArticle);
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("Postgres")]
    [InlineData("7")]
    [InlineData("1")]
    [InlineData("Sqlite, SqlServer")]
    public void Unknown_provider_names_the_setting_and_the_choices(string provider)
    {
        var error = Assert.Throws<DatabaseConfigurationException>(() => DatabaseSettings.From(Config(("Database:Provider", provider)), root));

        Assert.Contains("Database:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{provider}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Sqlite'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'SqlServer'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sqlite", "ConnectionStrings:Sqlite", "Data Source=x.db;Bogus Keyword=1")]
    [InlineData("Sqlite", "ConnectionStrings:Sqlite", "Mode=ReadOnly")]
    [InlineData("SqlServer", "ConnectionStrings:SqlServer", "Server=db;Not A Keyword=yes")]
    [InlineData("SqlServer", "ConnectionStrings:SqlServer", "Database=PT")]
    [InlineData("SqlServer", "ConnectionStrings:SqlServer", "")]
    public void Malformed_connection_string_names_the_setting(string provider, string key, string value)
    {
        var error = Assert.Throws<DatabaseConfigurationException>(() => DatabaseSettings.From(Config(("Database:Provider", provider), (key, value)), root));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
