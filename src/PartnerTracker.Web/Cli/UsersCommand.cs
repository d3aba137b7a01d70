using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Accounts;

namespace PartnerTracker.Web.Cli;

/// <summary>
/// `users add NAME --role ROLE` (password read from standard input, never from the command line, where other
/// users of the machine could see it), `users role NAME ROLE`, `users unlock NAME`, `users list`: accounts for
/// servers and scripts, against the configured database, acting as an administrator. App settings may follow
/// (`users list --Database:DataFolder /srv/pt`). The arguments are checked by <see cref="Parse"/> before the app
/// opens (and migrates) any database, so a mistyped command touches nothing.
/// </summary>
public static class UsersCommand
{
    public const string Verb = "users";

    public const string Usage = """
        Usage:
          users add NAME --role Admin|Analyst|Viewer   (reads the password from standard input)
          users role NAME Admin|Analyst|Viewer
          users unlock NAME
          users list
        Each may end with app settings, e.g. --Database:DataFolder FOLDER or --ConnectionStrings:Sqlite "Data Source=FILE".
        """;

    /// <summary>What the operator asked for; <see cref="Settings"/> are the app settings that followed it.</summary>
    public abstract record Request(IReadOnlyList<string> Settings);

    public sealed record Add(string Name, string Role, IReadOnlyList<string> Settings) : Request(Settings);

    public sealed record SetRole(string Name, string Role, IReadOnlyList<string> Settings) : Request(Settings);

    public sealed record Unlock(string Name, IReadOnlyList<string> Settings) : Request(Settings);

    public sealed record ListAll(IReadOnlyList<string> Settings) : Request(Settings);

    /// <summary>The verb's own arguments, then app settings; null when they do not fit <see cref="Usage"/>.</summary>
    public static Request? Parse(IReadOnlyList<string> args)
    {
        string[] all = [.. args];
        Request? request = all switch
        {
            ["add", var name, "--role", var role, .. var settings] when Values(name, role) => new Add(name, role, settings),
            ["role", var name, var role, .. var settings] when Values(name, role) => new SetRole(name, role, settings),
            ["unlock", var name, .. var settings] when Values(name) => new Unlock(name, settings),
            ["list", .. var settings] => new ListAll(settings),
            _ => null,
        };
        return request is not null && SettingArguments.AreWellFormed(request.Settings) ? request : null;
    }

    /// <returns>0 when done; 2 when the input is refused (nothing is written).</returns>
    public static async Task<int> RunAsync(IServiceProvider services, Request request, TextReader input, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = ActivatorUtilities.CreateInstance<UserAdministration>(scope.ServiceProvider, new CommandLineUser());
        CommandResult result;
        switch (request)
        {
            case Add add:
                var password = await input.ReadLineAsync() ?? "";
                result = await accounts.CreateAsync(new NewUserModel { UserName = add.Name, Password = password, Role = add.Role });
                break;
            case SetRole setRole:
                result = await WithIdAsync(accounts, setRole.Name, id => accounts.SetRoleAsync(id, setRole.Role));
                break;
            case Unlock unlock:
                result = await WithIdAsync(accounts, unlock.Name, id => accounts.UnlockAsync(id));
                break;
            default:
                var page = await accounts.ListAsync(new ListRequest(PageSize: ListRequest.MaxPageSize));
                var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
                foreach (var user in page.Items)
                {
                    await output.WriteLineAsync($"{user.UserName}\t{user.Role ?? "no role"}{(user.LockedUntil > now ? "\tlocked" : "")}");
                }

                return 0;
        }

        switch (result)
        {
            case CommandResult.Saved:
                await output.WriteLineAsync("Done.");
                return 0;
            case CommandResult.Invalid invalid:
                await error.WriteLineAsync(invalid.Summary);
                return 2;
            case CommandResult.NotFound missing:
                await error.WriteLineAsync(missing.Message);
                return 2;
            default:
                await error.WriteLineAsync("Refused.");
                return 2;
        }
    }

    // A name or role that starts with "--" is a setting in the wrong place (`users unlock --Database:DataFolder X`).
    private static bool Values(params string[] values) => !values.Any(SettingArguments.IsSetting);

    private static async Task<CommandResult> WithIdAsync(UserAdministration accounts, string name, Func<string, Task<CommandResult>> change)
    {
        var page = await accounts.ListAsync(new ListRequest(PageSize: ListRequest.MaxPageSize) { Search = name });
        return page.Items.FirstOrDefault(u => string.Equals(u.UserName, name, StringComparison.OrdinalIgnoreCase)) is { } user
            ? await change(user.Id)
            : new CommandResult.NotFound($"No account is named {name}.");
    }
}
