using PartnerTracker.Application.Common;

namespace PartnerTracker.TestSupport;

/// <summary>The acting user in tests: an analyst unless a test says otherwise.</summary>
public sealed class TestUser(string name = "test analyst", string role = Roles.Analyst) : ICurrentUser
{
    public static TestUser Viewer(string name = "test viewer") => new(name, Roles.Viewer);

    public static TestUser Admin(string name = "test admin") => new(name, Roles.Admin);

    public string Name { get; } = name;

    public string Role { get; } = role;

    public bool CanWrite => Roles.MayWrite(IsInRole);

    public bool IsInRole(string role) => role == Role;
}
