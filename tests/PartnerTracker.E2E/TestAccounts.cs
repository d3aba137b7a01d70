using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Accounts;

namespace PartnerTracker.E2E;

/// <summary>
/// One account per role, created in the test's own database as an operator would with the `users` verb. The
/// passwords exist only in this test code; the app itself ships with no account and no default password.
/// </summary>
public static class TestAccounts
{
    public const string Analyst = "ana.analyst";
    public const string Viewer = "vic.viewer";
    public const string Admin = "ada.admin";
    public const string Password = "correct horse battery staple";

    public static readonly IReadOnlyDictionary<string, string> RoleOf = new Dictionary<string, string>
    {
        [Analyst] = Roles.Analyst,
        [Viewer] = Roles.Viewer,
        [Admin] = Roles.Admin,
    };

    /// <summary>Creates the accounts when the app starts, before it listens (a restart finds them there).</summary>
    internal sealed class Creator(IServiceScopeFactory scopes) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            var accounts = ActivatorUtilities.CreateInstance<UserAdministration>(scope.ServiceProvider, new CommandLineUser());
            var existing = (await accounts.ListAsync(new ListRequest(PageSize: ListRequest.MaxPageSize), cancellationToken)).Items.Select(u => u.UserName);
            foreach (var (name, role) in RoleOf.Where(a => !existing.Contains(a.Key)))
            {
                var result = await accounts.CreateAsync(new NewUserModel { UserName = name, Password = Password, Role = role }, cancellationToken);
                if (result is not CommandResult.Saved)
                {
                    throw new InvalidOperationException($"Could not create the test account {name}: {result}");
                }
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
