using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Data.Accounts;
using PartnerTracker.Data.Leases;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Accounts;

/// <summary>
/// Accounts and their roles: only an administrator may list or change them, except the very first administrator,
/// who may be created only while none exists. Each account holds exactly one role.
/// </summary>
public sealed class UserAdministration(
    UserManager<AppUser> users,
    IDbContextFactory<PartnerTrackerDbContext> contexts,
    DatabaseLease leases,
    ICurrentUser caller,
    ILogger<UserAdministration> logger,
    TimeProvider clock)
{
    public const int MaxUserNameLength = 64;

    // Serialises the changes that decide whether an administrator exists (first-admin setup, demoting or deleting an
    // admin) across every app instance on the database: two setup posts create one admin, two demotions never leave
    // none. Held at most this long, should an instance die holding it.
    private static readonly TimeSpan AdminGateHold = TimeSpan.FromSeconds(30);

    public async Task<bool> AnyAdminAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await UserQueries.AdminIds(db).AnyAsync(cancellationToken);
    }

    public async Task<PagedResult<UserListItem>> ListAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        if (!caller.IsInRole(Roles.Admin))
        {
            return new PagedResult<UserListItem>([], 0);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await UserQueries.Users(db, request.Search).CountAsync(cancellationToken);
        var page = await UserQueries.UsersPage(db, request).ToListAsync(cancellationToken);
        return new PagedResult<UserListItem>(page, total);
    }

    /// <summary>An administrator adds an account (the command-line verb acts as one).</summary>
    public async Task<CommandResult> CreateAsync(NewUserModel model, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseUnlessAdmin(caller, "manage accounts") is { } forbidden)
        {
            return forbidden;
        }

        return await CreateValidatedAsync(model, cancellationToken);
    }

    /// <summary>The one-time setup: creates an administrator only while none exists, whoever asks.</summary>
    public async Task<CommandResult> CreateFirstAdminAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        var gate = await leases.AcquireAsync(Lease.Administrators, AdminGateHold, cancellationToken);
        try
        {
            if (await AnyAdminAsync(cancellationToken))
            {
                logger.LogWarning("First-admin setup refused: an administrator already exists.");
                return new CommandResult.Forbidden("Setup is finished: an administrator already exists. Ask them for an account.");
            }

            return await CreateValidatedAsync(new NewUserModel { UserName = userName, Password = password, Role = Roles.Admin }, cancellationToken);
        }
        finally
        {
            await gate.DisposeAsync();
        }
    }

    public async Task<CommandResult> SetRoleAsync(string userId, string role, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseUnlessAdmin(caller, "manage accounts") is { } forbidden)
        {
            return forbidden;
        }

        if (!Roles.All.Contains(role))
        {
            return CommandResult.Invalid.One(nameof(NewUserModel.Role), $"Choose one of: {string.Join(", ", Roles.All)}.");
        }

        var gate = await leases.AcquireAsync(Lease.Administrators, AdminGateHold, cancellationToken);
        try
        {
            if (await users.FindByIdAsync(userId) is not { } user)
            {
                return new CommandResult.NotFound("That account no longer exists.");
            }

            if (role != Roles.Admin && await IsLastAdminAsync(user, cancellationToken))
            {
                return CommandResult.Invalid.One(nameof(NewUserModel.Role), "This is the only administrator; make someone else an administrator first.");
            }

            var current = await users.GetRolesAsync(user);
            var changed = await users.RemoveFromRolesAsync(user, current);
            changed = changed.Succeeded ? await users.AddToRoleAsync(user, role) : changed;

            // A new stamp signs the account out of its open sessions within a minute, so the new role takes effect.
            changed = changed.Succeeded ? await users.UpdateSecurityStampAsync(user) : changed;
            if (changed.Succeeded)
            {
                await RecordAsync(user, AuditAction.Update, "Role", current.FirstOrDefault(), role, cancellationToken);
            }

            return Report(changed, $"{caller.Name} gave {user.UserName} the role {role}");
        }
        finally
        {
            await gate.DisposeAsync();
        }
    }

    public async Task<CommandResult> UnlockAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseUnlessAdmin(caller, "manage accounts") is { } forbidden)
        {
            return forbidden;
        }

        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return new CommandResult.NotFound("That account no longer exists.");
        }

        var lockedUntil = user.LockoutEnd;
        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        unlocked = unlocked.Succeeded ? await users.ResetAccessFailedCountAsync(user) : unlocked;
        if (unlocked.Succeeded)
        {
            await RecordAsync(user, AuditAction.Update, "LockoutEnd", lockedUntil?.ToString("O"), null, cancellationToken);
        }

        return Report(unlocked, $"{caller.Name} unlocked {user.UserName}");
    }

    public async Task<CommandResult> DeleteAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseUnlessAdmin(caller, "manage accounts") is { } forbidden)
        {
            return forbidden;
        }

        var gate = await leases.AcquireAsync(Lease.Administrators, AdminGateHold, cancellationToken);
        try
        {
            if (await users.FindByIdAsync(userId) is not { } user)
            {
                return new CommandResult.NotFound("That account was already deleted.");
            }

            if (user.UserName == caller.Name)
            {
                return CommandResult.Invalid.One("", "You cannot delete your own account.");
            }

            if (await IsLastAdminAsync(user, cancellationToken))
            {
                return CommandResult.Invalid.One("", "This is the only administrator; make someone else an administrator first.");
            }

            var role = (await users.GetRolesAsync(user)).FirstOrDefault();
            var deleted = await users.DeleteAsync(user);
            if (deleted.Succeeded)
            {
                await RecordAsync(user, AuditAction.Delete, null, Describe(user, role), null, cancellationToken);
            }

            return Report(deleted, $"{caller.Name} deleted the account {user.UserName}");
        }
        finally
        {
            await gate.DisposeAsync();
        }
    }

    private async Task<CommandResult> CreateValidatedAsync(NewUserModel model, CancellationToken cancellationToken)
    {
        var name = model.UserName.Trim();
        var errors = new Validation();
        if (name.Length is < 3 or > MaxUserNameLength || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@')))
        {
            errors.Check(nameof(NewUserModel.UserName), $"Use 3 to {MaxUserNameLength} letters, digits, '.', '-', '_' or '@'.");
        }

        if (!Roles.All.Contains(model.Role))
        {
            errors.Check(nameof(NewUserModel.Role), $"Choose one of: {string.Join(", ", Roles.All)}.");
        }

        if (!errors.IsValid)
        {
            return errors.ToResult();
        }

        var user = new AppUser { UserName = name };
        var created = await users.CreateAsync(user, model.Password);
        if (!created.Succeeded)
        {
            return Refused(created);
        }

        var granted = await users.AddToRoleAsync(user, model.Role);
        if (!granted.Succeeded)
        {
            await users.DeleteAsync(user); // no account without a role
            return Refused(granted);
        }

        await RecordAsync(user, AuditAction.Insert, null, null, Describe(user, model.Role), cancellationToken);
        logger.LogInformation("{Caller} created the account {UserName} with the role {Role}", caller.Name, name, model.Role);
        return new CommandResult.Saved(0);
    }

    /// <summary>
    /// Accounts are not domain records, so the save interceptor leaves them out (their rows hold password hashes);
    /// each change an administrator makes is written to the same trail here, by hand, with who made it.
    /// </summary>
    private async Task RecordAsync(AppUser user, AuditAction action, string? field, string? old, string? now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserName = caller.Name,
            EntityType = "Account",
            EntityId = user.Id,
            RecordType = "Account",
            RecordId = user.Id,
            Action = action,
            Field = field,
            OldValue = old,
            NewValue = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Describe(AppUser user, string? role) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?> { ["UserName"] = user.UserName, ["Role"] = role });

    private async Task<bool> IsLastAdminAsync(AppUser user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var admins = await UserQueries.AdminIds(db).Take(2).ToListAsync(cancellationToken);
        return admins is [var only] && only == user.Id;
    }

    private CommandResult Report(IdentityResult result, string done)
    {
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        logger.LogInformation("{Done}", done);
        return new CommandResult.Saved(0);
    }

    /// <summary>Identity's own refusals (password too short, name taken) beside the field they concern.</summary>
    private static CommandResult.Invalid Refused(IdentityResult result)
    {
        var errors = new Validation();
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(NewUserModel.Password)
                : error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(NewUserModel.UserName)
                : "";
            errors.Check(field, error.Description);
        }

        return errors.ToResult();
    }
}
