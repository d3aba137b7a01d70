using PartnerTracker.Application.Common;

namespace PartnerTracker.TestSupport;

/// <summary>The acting user in tests.</summary>
public sealed class TestUser(string name = "test analyst") : ICurrentUser
{
    public string Name { get; } = name;
}
