namespace PartnerTracker.Application.Features.ArticleAssistant.Fetching;

/// <summary>Limits of fetching an article by URL (configuration section <c>ArticleFetch</c>).</summary>
public sealed class ArticleFetchOptions
{
    public const string Section = "ArticleFetch";

    /// <summary>A page larger than this is refused (bytes, after any decompression).</summary>
    public int MaxBytes { get; set; } = 3_000_000;

    /// <summary>The whole fetch, redirects included, must finish within this.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// False (the default): loopback, private, link-local and other non-public addresses are refused, so the server
    /// cannot be made to read its own network. Tests set it to fetch from a local server.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }
}
