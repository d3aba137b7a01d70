using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerTracker.Web.Components.Pages.Deals;
using PartnerTracker.Web.Components.Pages.Import;

namespace PartnerTracker.Web.Tests.Import;

public sealed class ImportPageTests : MudTestContext
{
    private const string Header = "Name,Kind,Stage,Verification,Value amount,Value currency,Participants";

    [Fact]
    public void The_preview_lists_each_error_by_row_and_column_and_keeps_the_commit_disabled()
    {
        var cut = Render<ImportPage>();

        Upload(cut, $"{Header}\r\nGood deal,Supply,Announced,Reported,5,USD,OpenAI (Customer)\r\nBad deal,Supply,Announced,Reported,5,XYZ,OpenAI (Customer)\r\n");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=import-row-error]")));
        var error = Assert.Single(cut.FindAll("[data-testid=import-row-error]"));
        Assert.StartsWith("Value currency: 'XYZ' is not an ISO 4217 currency code", error.TextContent, StringComparison.Ordinal);
        Assert.Equal("3", cut.FindAll("[data-testid=import-row-number]")[0].TextContent);
        Assert.Contains("Fix the error", cut.Find("[data-testid=import-blocker]").TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("button[data-testid=import-commit]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_close_match_waits_for_the_analyst_then_the_commit_writes_the_deal()
    {
        var cut = Render<ImportPage>();
        Upload(cut, $"{Header}\r\nImported supply,Supply,Announced,Reported,5,USD,Oracel (Supplier)\r\n");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=company-use-match]")));
        Assert.True(cut.Find("button[data-testid=import-commit]").HasAttribute("disabled"));
        Assert.Contains("Close to Oracle", cut.Find("[data-testid=import-company]").TextContent, StringComparison.Ordinal);

        await cut.InvokeAsync(() => cut.Find("[data-testid=company-use-match]").Click());
        cut.WaitForAssertion(() => Assert.False(cut.Find("button[data-testid=import-commit]").HasAttribute("disabled")));
        await cut.InvokeAsync(() => cut.Find("button[data-testid=import-commit]").Click());

        cut.WaitForAssertion(() => Assert.Contains("Imported 1 deal and created 0 companies.", cut.Find("[data-testid=import-message]").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        var companies = await db.DealParticipants.Where(p => p.Deal!.Name == "Imported supply").Select(p => p.Company!.Name).ToListAsync(Cancel);
        Assert.Equal(["Oracle"], companies);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_its_size()
    {
        var cut = Render<ImportPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[21 * 1024 * 1024], "big.csv"));

        cut.WaitForAssertion(() => Assert.Contains("The file is 21.0 MB; the import takes files of at most 20 MB", cut.Find("[data-testid=import-message]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=import-commit]"));
    }

    [Fact]
    public void The_page_offers_the_full_json_export()
    {
        var cut = Render<ImportPage>();

        Assert.Equal("/export/database.json", cut.Find("a[data-testid=export-json]").GetAttribute("href"));
    }

    private static void Upload(IRenderedComponent<ImportPage> cut, string csv) =>
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, "deals.csv"));
}

public sealed class DealsListExportTests : MudTestContext
{
    [Fact]
    public void Export_buttons_carry_the_lists_filter_and_sort_and_download()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/deals?q=OpenAI&kind=JointVenture&sort=ValueUsd&desc=true");

        var cut = Render<DealsList>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=deal-link]")));
        var csv = new Uri(cut.Find("a[data-testid=export-csv]").GetAttribute("href")!);
        var xlsx = new Uri(cut.Find("a[data-testid=export-xlsx]").GetAttribute("href")!);
        Assert.Equal("/export/deals.csv", csv.AbsolutePath);
        Assert.Equal("/export/deals.xlsx", xlsx.AbsolutePath);
        var (filter, request) = DealListUrl.Parse(csv.ToString());
        Assert.Equal("OpenAI", filter.Text);
        Assert.Equal([PartnerTracker.Domain.DealKind.JointVenture], filter.Kinds);
        Assert.Equal(DealListUrl.Parse(CurrentUri).Request with { PageIndex = 0 }, request with { PageIndex = 0 });
        Assert.True(cut.Find("a[data-testid=export-csv]").HasAttribute("download"));
    }
}
