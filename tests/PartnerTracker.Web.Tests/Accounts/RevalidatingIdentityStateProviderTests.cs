using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerTracker.Data;
using PartnerTracker.Data.Accounts;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Accounts;

namespace PartnerTracker.Web.Tests.Accounts;

/// <summary>
/// An open tab keeps its circuit, and with it the sign-in it started with: the periodic check is what takes a
/// deleted account or a changed role (a renewed security stamp) away from it. Identity's real stores on SQLite.
/// </summary>
public sealed class RevalidatingIdentityStateProviderTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private ServiceProvider services = null!;

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
    public async Task A_session_stays_valid_while_its_account_is_unchanged()
    {
        var signedIn = await SignInAsync("ana.analyst");

        Assert.True(await Provider().IsStillValidAsync(signedIn));
    }

    [Fact]
    public async Task A_renewed_security_stamp_ends_the_open_session()
    {
        var signedIn = await SignInAsync("ana.analyst");

        await WithUsersAsync(async users => await users.UpdateSecurityStampAsync((await users.FindByNameAsync("ana.analyst"))!));

        Assert.False(await Provider().IsStillValidAsync(signedIn));
    }

    [Fact]
    public async Task A_deleted_account_ends_the_open_session()
    {
        var signedIn = await SignInAsync("ana.analyst");

        await WithUsersAsync(async users => await users.DeleteAsync((await users.FindByNameAsync("ana.analyst"))!));

        Assert.False(await Provider().IsStillValidAsync(signedIn));
    }

    [Fact]
    public async Task A_session_whose_stamp_claim_is_missing_is_not_valid()
    {
        var signedIn = await SignInAsync("ana.analyst");
        var withoutStamp = new ClaimsPrincipal(new ClaimsIdentity(
            signedIn.Claims.Where(c => c.Type != new IdentityOptions().ClaimsIdentity.SecurityStampClaimType), "Identity.Application"));

        Assert.False(await Provider().IsStillValidAsync(withoutStamp));
    }

    [Fact]
    public async Task A_check_that_runs_while_the_app_stops_leaves_the_closing_session_alone()
    {
        var signedIn = await SignInAsync("ana.analyst");
        var provider = Provider();

        await services.DisposeAsync();

        Assert.True(await provider.IsStillValidAsync(signedIn));
    }

    private RevalidatingIdentityStateProvider Provider() =>
        new(NullLoggerFactory.Instance, services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new IdentityOptions()));

    /// <summary>Creates the account and returns the principal a sign-in would put in its cookie.</summary>
    private async Task<ClaimsPrincipal> SignInAsync(string userName)
    {
        ClaimsPrincipal principal = null!;
        await WithUsersAsync(async users =>
        {
            var user = new AppUser { UserName = userName };
            Assert.True((await users.CreateAsync(user, "a perfectly long passphrase")).Succeeded);
            var claims = new IdentityOptions().ClaimsIdentity;
            principal = new ClaimsPrincipal(new ClaimsIdentity(
                [
                    new Claim(claims.UserIdClaimType, user.Id),
                    new Claim(claims.UserNameClaimType, userName),
                    new Claim(claims.SecurityStampClaimType, (await users.GetSecurityStampAsync(user))!),
                ],
                "Identity.Application"));
        });
        return principal;
    }

    private async Task WithUsersAsync(Func<UserManager<AppUser>, Task> action)
    {
        await using var scope = services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }
}
