using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Data.Seed;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.ArticleAssistant;

namespace PartnerTracker.Web.Tests.ArticleAssistant;

public sealed class ArticleAssistantPageTests : MudTestContext
{
    protected override bool Seeded => false;

    [Fact]
    public void Without_a_title_or_text_it_asks_for_them_and_proposes_nothing()
    {
        var cut = Render<ArticleAssistantPage>();
        cut.Find("button[data-testid=assistant-extract]").Click();
        Assert.Contains("Give the article's title.", cut.Find("[data-testid=assistant-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=review-deal]"));
    }

    [Fact]
    public async Task Pasting_the_article_proposes_its_deals_and_confirming_saves_them()
    {
        var cut = Render<ArticleAssistantPage>();
        cut.Find("input[data-testid=assistant-title]").Change(ArticleSeed.ArticleTitle);
        cut.Find("textarea[data-testid=assistant-text]").Change(ArticleSeed.ArticleText);
        cut.FindAll("[data-testid=assistant-published] input, input[data-testid=assistant-published]")[0].Change("2025-02-04");
        cut.Find("button[data-testid=assistant-extract]").Click();

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("[data-testid=review-deal]"), d => d.GetAttribute("data-name") == "Stargate"), TimeSpan.FromSeconds(20));
        Assert.Contains(cut.FindAll("[data-testid=review-deal]"), d => d.GetAttribute("data-name") == "OpenAI–Kakao partnership");

        cut.Find("button[data-testid=assistant-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Matches("/sources/[0-9]+$", CurrentUri), TimeSpan.FromSeconds(20));
        Assert.Empty(cut.FindAll("[data-testid=assistant-error]"));
        await using var db = Database.CreateDbContext();
        Assert.True(await db.Deals.AnyAsync(d => d.Name == "Stargate", Cancel));
    }
}

public sealed class ArticleAssistantPageRefusalTests : MudTestContext
{
    protected override bool Seeded => false;

    [Fact]
    public async Task A_refused_confirm_says_which_proposal_and_saves_nothing()
    {
        // No publication date: "on Tuesday" cannot be dated, so the events have no date and their editor refuses them.
        var cut = Render<ArticleAssistantPage>();
        cut.Find("input[data-testid=assistant-title]").Change(ArticleSeed.ArticleTitle);
        cut.Find("textarea[data-testid=assistant-text]").Change(ArticleSeed.ArticleText);
        cut.Find("button[data-testid=assistant-extract]").Click();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=review-event]")), TimeSpan.FromSeconds(20));

        cut.Find("button[data-testid=assistant-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Event “", cut.Find("[data-testid=assistant-error]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Deals.CountAsync(Cancel) + await db.SourceArticles.CountAsync(Cancel) + await db.Companies.CountAsync(Cancel));
    }
}

public sealed class ArticleAssistantPageForReaderTests : MudTestContext
{
    protected override bool Seeded => false;

    [Fact]
    public void A_reader_is_told_the_assistant_is_for_analysts_and_gets_no_form()
    {
        var cut = Render<ArticleAssistantPage>();
        Assert.Contains("for analysts", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=assistant-extract]"));
    }

    protected override void AddServices(IServiceCollection services) =>
        services.AddScoped<PartnerTracker.Application.Common.ICurrentUser>(_ => TestUser.Viewer());
}
