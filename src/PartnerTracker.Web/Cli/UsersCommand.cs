using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Accounts;

namespace PartnerTracker.Web.Cli;

/// <summary>
/// `users add NAME --role ROLE` (password read from standard input, never from the command line, where other
/// users of the machine could see it), `users role NAME ROLE`, `users unlock NAME`, `users list`: accounts for
/// servers and scripts, against the configured database, acting as an administrator.
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
        """;

    /// <returns>0 when done; 2 when the arguments or the input are refused (nothing is written).</returns>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = ActivatorUtilities.CreateInstance<UserAdministration>(scope.ServiceProvider, new CommandLineUser());
        CommandResult result;
        switch (args)
        {
            case ["add", var name, "--role", var role]:
                var password = await input.ReadLineAsync() ?? "";
                result = await accounts.CreateAsync(new NewUserModel { UserName = name, Password = password, Role = role });
                break;
            case ["role", var name, var role]:
                result = await WithIdAsync(accounts, name, id => accounts.SetRoleAsync(id, role));
                break;
            case ["unlock", var name]:
                result = await WithIdAsync(accounts, name, id => accounts.UnlockAsync(id));
                break;
            case ["list"]:
                var page = await accounts.ListAsync(new ListRequest(PageSize: ListRequest.MaxPageSize));
                foreach (var user in page.Items)
                {
                    await output.WriteLineAsync($"{user.UserName}\t{user.Role ?? "no role"}{(user.LockedUntil > DateTimeOffset.UtcNow ? "\tlocked" : "")}");
                }

                return 0;
            default:
                await error.WriteLineAsync(Usage);
                return 2;
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

    private static async Task<CommandResult> WithIdAsync(UserAdministration accounts, string name, Func<string, Task<CommandResult>> change)
    {
        var page = await accounts.ListAsync(new ListRequest(PageSize: ListRequest.MaxPageSize) { Search = name });
        return page.Items.FirstOrDefault(u => string.Equals(u.UserName, name, StringComparison.OrdinalIgnoreCase)) is { } user
            ? await change(user.Id)
            : new CommandResult.NotFound($"No account is named {name}.");
    }
}
