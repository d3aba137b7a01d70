using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Web.Components.Pages.Sources;

namespace PartnerTracker.Web.Tests.Sources;

public sealed class SourceFormTests : MudTestContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    public void An_unsafe_url_is_refused_beside_the_field_and_nothing_is_saved(string url)
    {
        var cut = Render<SourceForm>();

        cut.Find("input[data-testid=source-title-input]").Change("A source");
        cut.Find("input[data-testid=source-url-input]").Change(url);
        cut.Find("[data-testid=source-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("absolute http:// or https://", cut.Markup, StringComparison.Ordinal));
        using var db = Database.CreateDbContext();
        Assert.Equal(1, db.SourceArticles.Count());
    }

    [Fact]
    public void A_valid_source_is_saved_and_its_page_lists_no_facts_yet()
    {
        var cut = Render<SourceForm>();

        cut.Find("input[data-testid=source-title-input]").Change("Kakao Q4 results");
        cut.Find("input[data-testid=source-url-input]").Change("https://example.org/kakao-q4");
        cut.Find("[data-testid=source-save]").Click();

        cut.WaitForAssertion(() => Assert.Matches("/sources/[0-9]+$", Navigation.Uri));
    }
}

public sealed class SourcePageTests : MudTestContext
{
    [Fact]
    public void The_article_page_lists_every_fact_it_supports()
    {
        using var db = Database.CreateDbContext();
        var article = db.SourceArticles.Single();

        var cut = Render<SourcePage>(p => p.Add(x => x.SourceId, article.Id));

        cut.WaitForAssertion(() => Assert.Equal(db.Citations.Count(), cut.FindAll("[data-testid=source-fact]").Count));
        Assert.Contains("Value of Stargate", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Oracle in Stargate", cut.Markup, StringComparison.Ordinal);
    }
}
