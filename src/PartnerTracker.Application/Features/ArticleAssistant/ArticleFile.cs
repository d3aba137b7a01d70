using System.Globalization;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// An article file for scripts: header lines <c>Title:</c>, <c>Publisher:</c>, <c>Author:</c>, <c>Published:</c> (an ISO
/// date) and <c>URL:</c>, in any order, then a blank line, then the text.
/// </summary>
public static class ArticleFile
{
    /// <returns>The article, or null with <paramref name="problem"/> saying what is wrong with the file.</returns>
    public static ArticleInput? Parse(string content, out string problem)
    {
        var article = new ArticleInput();
        var lines = content.ReplaceLineEndings("\n").Split('\n');
        var i = 0;
        for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            var (name, value) = colon < 0 ? (lines[i].Trim(), "") : (lines[i][..colon].Trim(), lines[i][(colon + 1)..].Trim());
            switch (name.ToLowerInvariant())
            {
                case "title":
                    article.Title = value;
                    break;
                case "publisher":
                    article.Publisher = value.Length == 0 ? null : value;
                    break;
                case "author":
                    article.Author = value.Length == 0 ? null : value;
                    break;
                case "url":
                    article.Url = value.Length == 0 ? null : value;
                    break;
                case "published" when value.Length == 0:
                    break;
                case "published" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                    article.PublishedOn = date;
                    break;
                case "published":
                    problem = $"Line {i + 1}: Published must be an ISO date such as 2025-02-04 (it is '{value}').";
                    return null;
                default:
                    problem = $"Line {i + 1}: '{name}' is not a header this file takes (Title, Publisher, Author, Published, URL), or the blank line before the text is missing.";
                    return null;
            }
        }

        article.Text = string.Join('\n', lines.Skip(i + 1)).Trim();
        problem = article.Title.Length == 0 ? "The file has no Title: header line."
            : article.Text.Length == 0 ? "The file has no text after the blank line that ends the header."
            : "";
        return problem.Length == 0 ? article : null;
    }
}
