using Microsoft.Data.Sqlite;

namespace PartnerTracker.E2E;

/// <summary>The `users` verb as an operator runs it: the real app's executable against its own data folder.</summary>
public sealed class UsersVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pt-users-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Adds_an_account_with_the_password_from_standard_input_and_lists_it_with_its_role()
    {
        var added = await RunAsync(["users", "add", "ops.admin", "--role", "Admin"], "a long operator passphrase\n");
        var listed = await RunAsync(["users", "list"]);

        Assert.Equal((0, "Done."), (added.ExitCode, added.Output.Trim()));
        Assert.Equal((0, "ops.admin\tAdmin"), (listed.ExitCode, listed.Output.Trim()));
    }

    [Theory]
    [InlineData("Owner", "short but fine passphrase", "Choose one of: Admin, Analyst, Viewer.")]
    [InlineData("Viewer", "short", "Passwords must be at least 12 characters.")]
    public async Task Refuses_a_bad_role_or_password_with_a_message_and_creates_nothing(string role, string password, string message)
    {
        var refused = await RunAsync(["users", "add", "someone", "--role", role], password + "\n");
        var listed = await RunAsync(["users", "list"]);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(message, refused.Error, StringComparison.Ordinal);
        Assert.Equal("", listed.Output.Trim());
    }

    [Theory]
    [InlineData("users")]
    [InlineData("users frobnicate")]
    [InlineData("users add")]
    [InlineData("users add ops.admin Admin")]
    [InlineData("users list everyone")]
    [InlineData("users unlock --Database:SeedArticle false")]
    public async Task A_mistyped_command_prints_the_usage_and_creates_no_database(string commandLine)
    {
        var refused = await RunAsync(commandLine.Split(' '));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("users add NAME --role Admin|Analyst|Viewer", refused.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Theory]
    [InlineData("usres list")]
    [InlineData("list")]
    [InlineData("Users add ops.admin --role Admin")]
    public async Task A_misspelt_verb_is_refused_instead_of_starting_the_app(string commandLine)
    {
        var refused = await RunAsync(commandLine.Split(' '));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"Unknown command '{commandLine.Split(' ')[0]}'. Commands: generate, extract, users", refused.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public async Task Settings_after_the_command_choose_the_database_as_they_do_for_the_app()
    {
        var elsewhere = Path.Combine(folder, "elsewhere");
        var file = Path.Combine(folder, "named.db");

        var added = await RunAsync(["users", "add", "ops.admin", "--role", "Admin", "--Database:DataFolder", elsewhere], "a long operator passphrase\n");
        var inElsewhere = await RunAsync(["users", "list", "--Database:DataFolder", elsewhere]);
        var inDefault = await RunAsync(["users", "list"]);
        var addedToFile = await RunAsync(["users", "add", "ops.viewer", "--role", "Viewer", "--ConnectionStrings:Sqlite", $"Data Source={file}"], "a long operator passphrase\n");
        var inFile = await RunAsync(["users", "list", $"--ConnectionStrings:Sqlite=Data Source={file}"]);

        Assert.Equal((0, 0, 0), (added.ExitCode, addedToFile.ExitCode, inFile.ExitCode));
        Assert.Equal((0, "ops.admin\tAdmin"), (inElsewhere.ExitCode, inElsewhere.Output.Trim()));
        Assert.Equal((0, ""), (inDefault.ExitCode, inDefault.Output.Trim()));
        Assert.Equal("ops.viewer\tViewer", inFile.Output.Trim());
    }

    private Task<AppProcess.Outcome> RunAsync(IEnumerable<string> args, string input = "") =>
        AppProcess.RunAsync(args, new Dictionary<string, string>
        {
            ["Database__DataFolder"] = folder,
            ["Database__SeedArticle"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        }, input);
}
