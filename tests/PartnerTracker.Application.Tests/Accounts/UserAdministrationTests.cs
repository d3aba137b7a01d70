using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Accounts;
using PartnerTracker.Data;
using PartnerTracker.Data.Accounts;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Accounts;

/// <summary>Accounts and roles through Identity's real stores on the app's own (in-memory SQLite) database.</summary>
public sealed class UserAdministrationTests : IAsyncLifetime
{
    private const string Passphrase = "a perfectly long passphrase";
    private SqliteTestDatabase database = null!;
    private ServiceProvider services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(seeded: false);
        services = IdentityTestServices.Create(database);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task The_first_administrator_is_created_once_and_only_while_none_exists()
    {
        var anyone = As(new TestUser("anonymous", "none"));

        Assert.IsType<CommandResult.Saved>(await anyone.CreateFirstAdminAsync("first.admin", Passphrase, Cancel));
        var second = await anyone.CreateFirstAdminAsync("second.admin", Passphrase, Cancel);

        Assert.Contains("Setup is finished", Assert.IsType<CommandResult.Forbidden>(second).Message);
        Assert.Equal([("first.admin", Roles.Admin)], await AccountsAsync());
    }

    [Fact]
    public async Task An_administrator_creates_accounts_listed_with_their_role_sorted_in_the_database()
    {
        var admin = As(TestUser.Admin());

        Assert.IsType<CommandResult.Saved>(await admin.CreateAsync(new NewUserModel { UserName = "vic.viewer", Password = Passphrase, Role = Roles.Viewer }, Cancel));
        Assert.IsType<CommandResult.Saved>(await admin.CreateAsync(new NewUserModel { UserName = "ana.analyst", Password = Passphrase, Role = Roles.Analyst }, Cancel));

        var byRole = await admin.ListAsync(new ListRequest(SortBy: nameof(UserListItem.Role), Descending: true), Cancel);
        Assert.Equal(["vic.viewer", "ana.analyst"], byRole.Items.Select(u => u.UserName));
        Assert.Equal(2, byRole.TotalCount);
        Assert.Equal(["ana.analyst"], (await admin.ListAsync(new ListRequest { Search = "ANA" }, Cancel)).Items.Select(u => u.UserName));
    }

    public static TheoryData<string, string, string, string, string> BadAccounts => new()
    {
        { "short password", "ok.name", "short", Roles.Viewer, "Password" },
        { "password of one repeated character", "ok.name", new string('a', 20), Roles.Viewer, "Password" },
        { "unknown role", "ok.name", Passphrase, "Owner", "Role" },
        { "role in another case", "ok.name", Passphrase, "admin", "Role" },
        { "name with a space", "bad name", Passphrase, Roles.Viewer, "UserName" },
        { "name with markup", "<script>", Passphrase, Roles.Viewer, "UserName" },
        { "name of two letters", "ab", Passphrase, Roles.Viewer, "UserName" },
        { "name of 65 letters", new string('a', 65), Passphrase, Roles.Viewer, "UserName" },
        { "name taken in another case", "ADA.ADMIN", Passphrase, Roles.Viewer, "UserName" },
    };

    [Theory]
    [MemberData(nameof(BadAccounts))]
    public async Task A_bad_account_is_refused_beside_its_field_and_nothing_is_created(string why, string name, string password, string role, string field)
    {
        var admin = await SeedAdminAsync();
        var before = await AccountsAsync();

        var result = await admin.CreateAsync(new NewUserModel { UserName = name, Password = password, Role = role }, Cancel);

        var invalid = Assert.IsType<CommandResult.Invalid>(result);
        Assert.True(invalid.Errors.ContainsKey(field), $"{why}: {invalid.Summary}");
        Assert.Equal(before, await AccountsAsync());
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Viewer)]
    public async Task Only_an_administrator_manages_accounts(string role)
    {
        var admin = await SeedAdminAsync();
        var target = (await admin.ListAsync(new ListRequest(), Cancel)).Items.Single();
        var caller = As(new TestUser("someone", role));

        Assert.IsType<CommandResult.Forbidden>(await caller.CreateAsync(new NewUserModel { UserName = "new.one", Password = Passphrase, Role = Roles.Admin }, Cancel));
        Assert.IsType<CommandResult.Forbidden>(await caller.SetRoleAsync(target.Id, Roles.Viewer, Cancel));
        Assert.IsType<CommandResult.Forbidden>(await caller.UnlockAsync(target.Id, Cancel));
        Assert.IsType<CommandResult.Forbidden>(await caller.DeleteAsync(target.Id, Cancel));
        Assert.Empty((await caller.ListAsync(new ListRequest(), Cancel)).Items);
        Assert.Equal([("ada.admin", Roles.Admin)], await AccountsAsync());
    }

    [Fact]
    public async Task A_role_change_replaces_the_role_and_the_security_stamp_and_never_removes_the_last_administrator()
    {
        var admin = await SeedAdminAsync();
        Assert.IsType<CommandResult.Saved>(await admin.CreateAsync(new NewUserModel { UserName = "ana.analyst", Password = Passphrase, Role = Roles.Analyst }, Cancel));
        var users = (await admin.ListAsync(new ListRequest(), Cancel)).Items.ToDictionary(u => u.UserName, u => u.Id);
        var stampBefore = await StampAsync("ana.analyst");

        Assert.IsType<CommandResult.Saved>(await admin.SetRoleAsync(users["ana.analyst"], Roles.Viewer, Cancel));
        var lastAdmin = await admin.SetRoleAsync(users["ada.admin"], Roles.Analyst, Cancel);
        var deleteLast = await As(new TestUser("other.admin", Roles.Admin)).DeleteAsync(users["ada.admin"], Cancel);
        var deleteSelf = await admin.DeleteAsync(users["ada.admin"], Cancel);

        Assert.Contains("only administrator", Assert.IsType<CommandResult.Invalid>(lastAdmin).Summary);
        Assert.Contains("only administrator", Assert.IsType<CommandResult.Invalid>(deleteLast).Summary);
        Assert.Contains("your own account", Assert.IsType<CommandResult.Invalid>(deleteSelf).Summary);
        Assert.Equal([("ada.admin", Roles.Admin), ("ana.analyst", Roles.Viewer)], await AccountsAsync());
        Assert.NotEqual(stampBefore, await StampAsync("ana.analyst"));
    }

    [Fact]
    public async Task Account_changes_are_written_to_the_audit_trail_with_who_made_them()
    {
        var admin = await SeedAdminAsync();
        Assert.IsType<CommandResult.Saved>(await admin.CreateAsync(new NewUserModel { UserName = "ana.analyst", Password = Passphrase, Role = Roles.Analyst }, Cancel));
        var ana = (await admin.ListAsync(new ListRequest { Search = "ana" }, Cancel)).Items.Single();
        Assert.IsType<CommandResult.Saved>(await admin.SetRoleAsync(ana.Id, Roles.Viewer, Cancel));
        Assert.IsType<CommandResult.Saved>(await admin.DeleteAsync(ana.Id, Cancel));

        await using var db = database.CreateDbContext();
        var trail = await db.AuditEntries.Where(a => a.EntityType == "Account" && a.EntityId == ana.Id).OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.UserName, a.Field, a.OldValue, a.NewValue }).ToListAsync(Cancel);
        Assert.Equal([PartnerTracker.Domain.AuditAction.Insert, PartnerTracker.Domain.AuditAction.Update, PartnerTracker.Domain.AuditAction.Delete], trail.Select(a => a.Action));
        Assert.All(trail, a => Assert.Equal("ada.admin", a.UserName));
        Assert.Equal(("Role", Roles.Analyst, Roles.Viewer), (trail[1].Field, trail[1].OldValue, trail[1].NewValue));
        Assert.Contains("\"Role\":\"Viewer\"", trail[2].OldValue, StringComparison.Ordinal);
        Assert.DoesNotContain(trail, a => (a.OldValue + a.NewValue).Contains("Hash", StringComparison.OrdinalIgnoreCase));
    }

    private UserAdministration As(ICurrentUser caller)
    {
        var scope = services.CreateScope();
        return ActivatorUtilities.CreateInstance<UserAdministration>(scope.ServiceProvider, caller);
    }

    private async Task<UserAdministration> SeedAdminAsync()
    {
        Assert.IsType<CommandResult.Saved>(await As(new TestUser("anonymous", "none")).CreateFirstAdminAsync("ada.admin", Passphrase, Cancel));
        return As(TestUser.Admin("ada.admin"));
    }

    private async Task<List<(string, string?)>> AccountsAsync() =>
        (await As(TestUser.Admin()).ListAsync(new ListRequest(), Cancel)).Items.Select(u => (u.UserName, u.Role)).ToList();

    private async Task<string?> StampAsync(string userName)
    {
        await using var db = database.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.SecurityStamp).SingleAsync(Cancel);
    }
}
