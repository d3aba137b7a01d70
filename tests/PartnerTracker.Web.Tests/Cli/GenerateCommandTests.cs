using Microsoft.Data.Sqlite;
using PartnerTracker.Web.Cli;

namespace PartnerTracker.Web.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pt-generate-").FullName;

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Fills_a_separate_file_deterministically()
    {
        var first = Path.Combine(folder, "a.db");
        var second = Path.Combine(folder, "b.db");

        Assert.Equal(0, await RunAsync("--output", first, "--deals", "120", "--companies", "40", "--seed", "7"));
        Assert.Equal(0, await RunAsync("--output", second, "--deals", "120", "--companies", "40", "--seed", "7"));

        Assert.Equal((40L, 120L), (Count(first, "Companies"), Count(first, "Deals")));
        Assert.Equal(Names(first), Names(second));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--deals 100")]
    [InlineData("--output")]
    [InlineData("--output x.db --deals -5")]
    [InlineData("--output x.db --deals ten")]
    [InlineData("--output x.db --companies 1")]
    [InlineData("--output x.db --wipe yes")]
    public async Task Bad_arguments_are_refused_with_the_usage_and_write_nothing(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a == "x.db" ? Path.Combine(folder, a) : a).ToList();
        var error = new StringWriter();

        var exit = await GenerateCommand.RunAsync(args, TextWriter.Null, error, Cancel);

        Assert.Equal(2, exit);
        Assert.Contains(GenerateCommand.Usage, error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "x.db")));
    }

    [Fact]
    public async Task A_file_that_already_holds_data_is_refused_and_left_as_it_was()
    {
        var file = Path.Combine(folder, "full.db");
        Assert.Equal(0, await RunAsync("--output", file, "--deals", "50", "--companies", "20"));
        var error = new StringWriter();

        var exit = await GenerateCommand.RunAsync(["--output", file, "--deals", "50", "--companies", "20", "--seed", "9"], TextWriter.Null, error, Cancel);

        Assert.Equal(2, exit);
        Assert.Equal(50L, Count(file, "Deals"));
    }

    private static Task<int> RunAsync(params string[] args) => GenerateCommand.RunAsync(args, TextWriter.Null, TextWriter.Null, Cancel);

    private static long Count(string file, string table)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private static string Names(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(Name, '|') FROM (SELECT Name FROM Deals ORDER BY Id)";
        return (string)command.ExecuteScalar()!;
    }
}
