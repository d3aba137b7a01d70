using PartnerTracker.Application.Common;

namespace PartnerTracker.Web.Services;

/// <summary>
/// The acting user until accounts exist: every change is recorded as made by "anonymous", which is the truth
/// today. Accounts and roles replace this registration.
/// </summary>
public sealed class AnonymousUser : ICurrentUser
{
    public string Name => "anonymous";

    public bool CanWrite => true;

    public bool IsInRole(string role) => role == Roles.Analyst;
}
