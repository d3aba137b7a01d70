using PartnerTracker.Web.Cli;

namespace PartnerTracker.Web.Tests.Cli;

/// <summary>`users ...` arguments are read before any database is opened: the verb's own words, then app settings.</summary>
public sealed class UsersCommandTests
{
    public static TheoryData<string[], UsersCommand.Request> Accepted => new()
    {
        { ["list"], new UsersCommand.ListAll([]) },
        { ["list", "--Database:DataFolder", "/srv/pt"], new UsersCommand.ListAll(["--Database:DataFolder", "/srv/pt"]) },
        { ["list", "--ConnectionStrings:Sqlite=Data Source=/tmp/x.db"], new UsersCommand.ListAll(["--ConnectionStrings:Sqlite=Data Source=/tmp/x.db"]) },
        { ["add", "alice", "--role", "Admin", "--Database:SeedArticle", "false"], new UsersCommand.Add("alice", "Admin", ["--Database:SeedArticle", "false"]) },
        { ["role", "bob", "Viewer"], new UsersCommand.SetRole("bob", "Viewer", []) },
        { ["unlock", "bob", "--Database:Provider", "SqlServer", "--ConnectionStrings:SqlServer", "Server=db"], new UsersCommand.Unlock("bob", ["--Database:Provider", "SqlServer", "--ConnectionStrings:SqlServer", "Server=db"]) },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Takes_the_verbs_words_and_the_settings_after_them(string[] args, UsersCommand.Request expected)
    {
        var parsed = UsersCommand.Parse(args);

        Assert.NotNull(parsed);
        Assert.Equal(expected.GetType(), parsed.GetType());
        Assert.Equal(expected with { Settings = [] }, parsed with { Settings = [] });
        Assert.Equal(expected.Settings, parsed.Settings);
    }

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("add")]
    [InlineData("add alice")]
    [InlineData("add alice --role")]
    [InlineData("add alice Admin")]
    [InlineData("add --role Admin")]
    [InlineData("role bob")]
    [InlineData("unlock")]
    [InlineData("unlock bob carol")]
    [InlineData("role bob Viewer Admin")]
    [InlineData("list everyone")]
    [InlineData("list --Database:DataFolder")]
    [InlineData("list --Database:DataFolder /srv/pt stray")]
    [InlineData("unlock --Database:DataFolder /srv/pt")]
    [InlineData("role --Database:DataFolder /srv/pt")]
    [InlineData("add alice --role --Database:DataFolder /srv/pt")]
    public void Refuses_arguments_that_do_not_fit_the_usage(string commandLine) =>
        Assert.Null(UsersCommand.Parse(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
