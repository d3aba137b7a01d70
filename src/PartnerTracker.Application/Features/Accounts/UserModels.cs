namespace PartnerTracker.Application.Features.Accounts;

/// <summary>A new account: who signs in, their first password, and what they may do.</summary>
public sealed class NewUserModel
{
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public string Role { get; set; } = Common.Roles.Viewer;
}

/// <summary>One account as the admin page lists it.</summary>
public sealed record UserListItem(string Id, string UserName, string? Role, DateTimeOffset? LockedUntil, int FailedSignIns);
