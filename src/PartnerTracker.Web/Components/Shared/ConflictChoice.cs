namespace PartnerTracker.Web.Components.Shared;

public enum ConflictChoice
{
    Reload,
    Overwrite,
}
