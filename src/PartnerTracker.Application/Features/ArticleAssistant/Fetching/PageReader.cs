using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PartnerTracker.Application.Features.ArticleAssistant.Fetching;

/// <summary>
/// Reads an article page: title, author, publisher and publication date from its metadata (Open Graph, article:*,
/// name="author", &lt;time datetime&gt;), and its main text (the &lt;article&gt;, else &lt;main&gt;, else the body's
/// paragraphs), one paragraph per line.
/// </summary>
public static class PageReader
{
    public static ArticleInput Read(string html, string url)
    {
        var document = new HtmlParser().ParseDocument(html);
        string? Meta(params string[] keys) => keys
            .Select(k => document.QuerySelector($"meta[property='{k}'], meta[name='{k}'], meta[itemprop='{k}']")?.GetAttribute("content")?.Trim())
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));

        var title = Meta("og:title", "twitter:title", "title") ?? document.Title?.Trim() ?? document.QuerySelector("h1")?.TextContent.Trim() ?? "";
        var author = Meta("author", "article:author", "byl", "dc.creator", "parsely-author")
            ?? document.QuerySelector("[rel=author], [itemprop=author], .byline, .author")?.TextContent.Trim();
        var publisher = Meta("og:site_name", "publisher", "application-name", "dc.publisher");
        var published = Meta("article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date", "og:published_time")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");

        foreach (var noise in document.QuerySelectorAll("script, style, noscript, nav, header, footer, aside, form, iframe, figure figcaption").ToList())
        {
            noise.Remove();
        }

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        return new ArticleInput
        {
            Title = Clean(title),
            Author = author is null ? null : Clean(author.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? author[3..] : author),
            Publisher = publisher is null ? null : Clean(publisher),
            PublishedOn = Date(published),
            Url = url,
            Text = root is null ? "" : MainText(root),
        };
    }

    private static string MainText(IElement root)
    {
        var blocks = root.QuerySelectorAll("p, h2, h3, li, blockquote").Select(e => Clean(e.TextContent)).Where(t => t.Length > 0).ToList();
        return blocks.Count > 0 ? string.Join("\n\n", blocks) : Clean(root.TextContent);
    }

    private static DateOnly? Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.Date);
        }

        return value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
