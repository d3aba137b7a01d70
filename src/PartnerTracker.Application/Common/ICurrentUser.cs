namespace PartnerTracker.Application.Common;

/// <summary>Who is acting: recorded on stage changes (and, with accounts, checked against roles).</summary>
public interface ICurrentUser
{
    string Name { get; }
}
