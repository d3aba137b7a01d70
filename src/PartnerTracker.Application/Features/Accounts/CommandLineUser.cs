using PartnerTracker.Application.Common;

namespace PartnerTracker.Application.Features.Accounts;

/// <summary>
/// Whoever runs the command-line verbs on the server: they already hold the database, so they act as an
/// administrator, and what they write is recorded as the system's.
/// </summary>
public sealed class CommandLineUser : ICurrentUser
{
    public string Name => "system";

    public bool CanWrite => true;

    public bool IsInRole(string role) => role == Roles.Admin;
}
