namespace PartnerTracker.Web.Components.Shared;

/// <summary>
/// MudBlazor's own classes, for plain elements that look like its components where a component would cost a circuit
/// memory for nothing: text and links in rows and on every page's frame never react to anything, yet each MudLink or
/// MudText is a component a circuit keeps alive with two render-tree buffers (docs/adr/0011-circuits-keep-only-what-reacts.md).
/// </summary>
public static class MudClasses
{
    /// <summary>As MudLink renders with its defaults (primary colour, underline on hover, body1).</summary>
    public const string Link = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1";

    /// <summary>As MudText Typo.caption Color.Secondary.</summary>
    public const string SecondaryCaption = "mud-typography mud-typography-caption mud-secondary-text";

    /// <summary>As MudIconButton Color.Inherit: an app-bar action that is a link or a form's submit button.</summary>
    public const string AppBarButton = "mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover mud-ripple mud-ripple-icon";
}
