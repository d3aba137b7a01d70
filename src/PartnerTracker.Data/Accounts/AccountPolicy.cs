using Microsoft.AspNetCore.Identity;

namespace PartnerTracker.Data.Accounts;

/// <summary>Identity's options for this app, in one place for the app and its tests.</summary>
public static class AccountPolicy
{
    public const int MinimumPasswordLength = 12;

    public static void Apply(IdentityOptions options)
    {
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);

        // Length over composition rules (NIST SP 800-63B): a long passphrase beats "Passw0rd!".
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 4;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
