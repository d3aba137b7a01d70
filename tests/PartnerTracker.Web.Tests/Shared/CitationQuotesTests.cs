using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Web.Components.Shared;

namespace PartnerTracker.Web.Tests.Shared;

public sealed class CitationQuotesTests : MudTestContext
{
    protected override bool Seeded => false;

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" https://example.org/leading-space")]
    [InlineData("data:text/html,<b>x</b>")]
    public void Unsafe_source_url_is_shown_as_text_never_as_a_link(string url)
    {
        var cut = Render<CitationQuotes>(p => p.Add(x => x.Citations, [Citation(url)]));

        Assert.Empty(cut.FindAll("a"));
        Assert.Contains("The source", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Http_source_url_becomes_a_link_opened_safely()
    {
        var cut = Render<CitationQuotes>(p => p.Add(x => x.Citations, [Citation("https://example.org/article")]));

        var link = cut.Find("a");
        Assert.Equal("https://example.org/article", link.GetAttribute("href"));
        Assert.Contains("noopener", link.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Contains("“The quoted sentence.”", cut.Markup, StringComparison.Ordinal);
    }

    private static DealCitationItem Citation(string url) => new()
    {
        Quote = "The quoted sentence.",
        SourceArticleTitle = "The source",
        SourceArticleUrl = url,
    };
}
