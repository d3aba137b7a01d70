using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Deals;

/// <summary>The filter bar folded by default: the search box, a button, and one removable chip per narrowing.</summary>
public sealed class DealFilterBarTests : MudTestContext
{
    private static readonly DealFilter Narrowed = new()
    {
        Text = "chips",
        Kinds = [DealKind.JointVenture, DealKind.Investment],
        CountryCode = "KR",
        MinValueUsd = 1_000_000_000m,
        AnnouncedIn = Period.InQuarter(2025, 1),
    };

    private DealFilter? reported;

    private IRenderedComponent<DealFilterBar> RenderBar(DealFilter filter) =>
        Render<DealFilterBar>(p => p.Add(c => c.Filter, filter).Add(c => c.FilterChanged, changed => reported = changed));

    [Fact]
    public void Folded_it_shows_the_search_and_every_narrowing_but_no_field()
    {
        var cut = RenderBar(Narrowed);

        Assert.Equal("chips", cut.Find("input[data-testid=filter-text]").GetAttribute("value"));
        Assert.Equal("Filters (4)", cut.Find("[data-testid=filter-open]").TextContent.Trim());
        Assert.Equal("false", cut.Find("[data-testid=filter-open]").GetAttribute("aria-expanded"));
        Assert.Equal(
            ["Kind: Joint venture, Investment", "Country: KR", "Value at least $1 billion", "Announced: Q1 2025"],
            cut.FindAll("[data-testid=filter-part]").Select(c => c.TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=filter-kind]"));
    }

    [Fact]
    public void Closing_a_chip_removes_that_narrowing_only()
    {
        var cut = RenderBar(Narrowed);

        cut.FindAll("[data-testid=filter-part]")[1].QuerySelector("button")!.Click();

        Assert.Equal(Narrowed with { CountryCode = null }, reported);
    }

    [Fact]
    public void The_button_opens_the_fields_and_folds_them_again()
    {
        var cut = RenderBar(Narrowed);

        cut.Find("[data-testid=filter-open]").Click();

        Assert.Equal("true", cut.Find("[data-testid=filter-open]").GetAttribute("aria-expanded"));
        Assert.Equal("Hide filters", cut.Find("[data-testid=filter-open]").TextContent.Trim());
        Assert.NotNull(cut.Find("[data-testid=filter-kind]"));
        Assert.Empty(cut.FindAll("[data-testid=filter-part]"));
        Assert.NotNull(cut.Find("[data-testid=filter-period]"));

        cut.Find("[data-testid=filter-open]").Click();

        Assert.Empty(cut.FindAll("[data-testid=filter-kind]"));
        Assert.Equal(4, cut.FindAll("[data-testid=filter-part]").Count);
    }

    [Fact]
    public void With_nothing_narrowed_there_is_no_chip_and_nothing_to_clear()
    {
        var cut = RenderBar(DealFilter.None);

        Assert.Equal("Filters", cut.Find("[data-testid=filter-open]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=filter-part]"));
        Assert.True(cut.Find("[data-testid=filter-clear]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_company_narrowing_is_named()
    {
        await using var db = Database.CreateDbContext();
        var openAi = await db.Companies.SingleAsync(c => c.Name == "OpenAI", Cancel);

        var cut = RenderBar(new DealFilter { CompanyId = openAi.Id });

        cut.WaitForAssertion(() => Assert.Equal("Company: OpenAI", cut.Find("[data-testid=filter-part]").TextContent.Trim()));
    }
}
