using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnerTracker.Data.Accounts;

namespace PartnerTracker.Web.Accounts;

/// <summary>
/// A circuit lives as long as its tab: every minute it checks that the account still exists with the security
/// stamp it signed in with, so a deleted account or a changed role does not keep working in an open tab.
/// </summary>
internal sealed class RevalidatingIdentityStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillValidAsync(authenticationState.User);

    /// <summary>True while the account exists with the security stamp <paramref name="signedIn"/> carries.</summary>
    internal async Task<bool> IsStillValidAsync(ClaimsPrincipal signedIn)
    {
        AsyncServiceScope scope;
        try
        {
            scope = scopes.CreateAsyncScope();
        }
        catch (ObjectDisposedException)
        {
            // The app is stopping and its services are gone; the circuit ends with it, so there is nothing to
            // check and nothing to sign out (throwing here only crashed the closing circuit with a logged error).
            return true;
        }

        await using var _ = scope;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(signedIn);
        if (user is null)
        {
            return false;
        }

        var stamp = signedIn.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
