using PartnerTracker.Data.Accounts;
using PartnerTracker.Data.Auditing;

namespace PartnerTracker.Application.Common;

/// <summary>Who is acting: named on what they change, and checked against their role by every command.</summary>
public interface ICurrentUser : IActingUser
{
    bool IsInRole(string role);

    /// <summary>Called when a command refuses this user, for the log; the message holds no secrets.</summary>
    void NoteRefusal(string message)
    {
    }
}

/// <summary>The three roles (Admin, Analyst, Viewer): what each may do is decided here and nowhere else.</summary>
public static class Roles
{
    public const string Admin = AccountRoles.Admin;
    public const string Analyst = AccountRoles.Analyst;
    public const string Viewer = AccountRoles.Viewer;

    /// <summary>Roles that read and write deals and everything they link to.</summary>
    public const string Writers = Admin + "," + Analyst;

    public static readonly IReadOnlyList<string> All = [Admin, Analyst, Viewer];

    public static bool MayWrite(Func<string, bool> isInRole) => isInRole(Admin) || isInRole(Analyst);
}

public static class Permission
{
    /// <summary>
    /// The first line of every write command: null when the caller may write, otherwise the refusal to return.
    /// The UI hides what a role cannot do; this is what holds when someone goes around the UI.
    /// </summary>
    public static CommandResult.Forbidden? RefuseWrite(ICurrentUser user) =>
        user.CanWrite ? null : Refuse(user, $"{user.Name} may read but not change records; an administrator can grant the Analyst role.");

    /// <summary>The same for what only an administrator may do; <paramref name="what"/> completes "may not …".</summary>
    public static CommandResult.Forbidden? RefuseUnlessAdmin(ICurrentUser user, string what) =>
        user.IsInRole(Roles.Admin) ? null : Refuse(user, $"{user.Name} may not {what}; only an administrator may.");

    private static CommandResult.Forbidden Refuse(ICurrentUser user, string message)
    {
        user.NoteRefusal(message);
        return new CommandResult.Forbidden(message);
    }
}
