using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Data.Accounts;
using PartnerTracker.Data.Auditing;
using PartnerTracker.Web.Services;

namespace PartnerTracker.Web.Accounts;

public static class AccountServices
{
    public const string LoginPath = "/account/login";

    /// <summary>
    /// Identity in the app's own database: cookie sign-in, the three roles, Identity's default password hasher,
    /// lockout after 5 failures for 5 minutes, and every page closed to anyone not signed in unless it says otherwise.
    /// </summary>
    public static IServiceCollection AddPartnerTrackerAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IActingUser>(sp => sp.GetRequiredService<ICurrentUser>());

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        // One key ring for every instance on this database: a sign-in cookie or antiforgery token that one instance
        // issued is read by any other behind the same load balancer (docs/adr/0010-shared-state-lives-in-the-database.md).
        services.AddDataProtection()
            .SetApplicationName("PartnerTracker")
            .PersistKeysToDbContext<PartnerTrackerDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);
        services.AddIdentityCore<AppUser>(AccountPolicy.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PartnerTrackerDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "PartnerTracker.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        // A changed role or a deleted account reaches open sessions within a minute (the default is 30).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddSingleton<IAuthorizationMiddlewareResultHandler, LoggedAuthorizationResultHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>
    /// Sign-out is a POST with an antiforgery token, so no link on another site can sign a user out. It renews the
    /// account's security stamp first, so a copied cookie and the user's other open tabs stop working too.
    /// </summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/logout", async (HttpContext http, SignInManager<AppUser> signIn, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~" + LoginPath);
        });

    /// <summary>A user name as typed, safe for a log line: control characters (forged line breaks) replaced, length capped.</summary>
    public static string ForLog(string typed) =>
        new(typed.Take(64).Select(c => char.IsControl(c) ? '?' : c).ToArray());

    /// <summary>Only a path on this site: a return URL naming another host would make the login page a redirector.</summary>
    public static string LocalPathOrHome(string? returnUrl) =>
        returnUrl is ['/', not '/' and not '\\', ..] || returnUrl == "/" ? returnUrl : "/";
}
