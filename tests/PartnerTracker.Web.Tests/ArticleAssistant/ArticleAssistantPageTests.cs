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

public sealed class ArticleAssistantPageSeveralRefusalsTests : MudTestContext
{
    protected override bool Seeded => false;

    [Fact]
    public async Task A_confirm_with_several_bad_items_lists_every_refusal_and_shows_each_beside_its_proposal()
    {
        var cut = Render<ArticleAssistantPage>();
        cut.Find("input[data-testid=assistant-title]").Change(ArticleSeed.ArticleTitle);
        cut.Find("textarea[data-testid=assistant-text]").Change(ArticleSeed.ArticleText);
        cut.FindAll("[data-testid=assistant-published] input, input[data-testid=assistant-published]")[0].Change("2025-02-04");
        cut.Find("button[data-testid=assistant-extract]").Click();
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("[data-testid=review-deal]"), d => d.GetAttribute("data-name") == "OpenAI–Kakao partnership"), TimeSpan.FromSeconds(20));

        cut.Find("[data-testid=review-company][data-name=Microsoft] input[type=text]").Change(new string('M', 201));
        cut.Find("[data-testid=review-company][data-name=Arm] input[type=text]").Change("");
        cut.Find("[data-testid=review-deal][data-name='OpenAI–Kakao partnership'] input[data-testid=review-deal-name]").Change("");
        cut.Find("button[data-testid=assistant-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=assistant-refusal]").Count), TimeSpan.FromSeconds(20));
        var listed = cut.FindAll("[data-testid=assistant-refusal]").Select(m => m.TextContent).ToList();
        Assert.Contains(listed, m => m.StartsWith("Company “MMM", StringComparison.Ordinal));
        Assert.Contains("Company “”: Name is required.", listed);
        Assert.Contains("Deal “”: Name is required.", listed);

        // Beside each proposal: right under the company's row, and inside the deal's card.
        Assert.Equal(listed.Order(StringComparer.Ordinal), cut.FindAll("[data-testid=review-refusal]").Select(m => m.TextContent).Order(StringComparer.Ordinal));
        Assert.StartsWith("Company “MMM", Beside(cut, "[data-testid=review-company][data-name^=MMM]"), StringComparison.Ordinal);
        Assert.Equal("Company “”: Name is required.", Beside(cut, "[data-testid=review-company][data-name='']"));
        Assert.Equal("Deal “”: Name is required.", cut.Find("[data-testid=review-deal][data-name=''] [data-testid=review-refusal]").TextContent);

        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Deals.CountAsync(Cancel) + await db.SourceArticles.CountAsync(Cancel) + await db.Companies.CountAsync(Cancel));
    }

    private static string? Beside(IRenderedComponent<ArticleAssistantPage> cut, string row)
    {
        var next = cut.Find(row).NextElementSibling;
        return next?.GetAttribute("data-testid") == "review-refusal" ? next.TextContent : null;
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
