using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Export;
using PartnerTracker.Application.Features.Import;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;
using static PartnerTracker.Application.Tests.Import.ImportFiles;

namespace PartnerTracker.Application.Tests.Export;

public sealed class ExportTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private DealExporter exporter = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        exporter = new DealExporter(database, AppMapping.Mapper);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Csv_holds_the_filtered_list_in_its_order_with_participants_values_dates_and_citations()
    {
        var filter = new DealFilter { Text = "OpenAI" };
        var list = await new DealsService(database, AppMapping.Mapper).GetPageAsync(filter, new ListRequest(0, 100, nameof(DealListItem.Name), Descending: true), Cancel);

        var table = ImportFileReader.ReadCsv(await CsvAsync(filter, new ListRequest(0, 25, nameof(DealListItem.Name), Descending: true)));

        Assert.Equal(DealColumns.All, table.Headers);
        Assert.Equal(list.Items.Select(d => d.Name), table.Rows.Select(r => Cell(table, r, DealColumns.Name)));
        var stargate = table.Rows.Single(r => Cell(table, r, DealColumns.Name) == ArticleSeed.StargateName);
        Assert.Equal(("Exact", "500000000000", "USD", "500000000000"),
            (Cell(table, stargate, DealColumns.ValueQualifier), Cell(table, stargate, DealColumns.ValueAmount), Cell(table, stargate, DealColumns.ValueCurrency), Cell(table, stargate, DealColumns.ValueUsd)));
        Assert.NotEqual("", Cell(table, stargate, DealColumns.RateDate));
        Assert.Contains("SoftBank Group (", Cell(table, stargate, DealColumns.Participants), StringComparison.Ordinal);
        Assert.Equal(list.Items.Single(d => d.Name == ArticleSeed.StargateName).CitationCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Cell(table, stargate, DealColumns.Citations));
    }

    [Fact]
    public async Task Csv_ends_with_a_participants_section_one_row_per_company_role()
    {
        var text = Encoding.UTF8.GetString(await CsvAsync(new DealFilter { Text = ArticleSeed.StargateName }, new ListRequest()));

        var section = text[text.IndexOf(DealColumns.ParticipantsSection, StringComparison.Ordinal)..].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        await using var db = database.CreateDbContext();
        var expected = await db.DealParticipants.CountAsync(p => p.Deal!.Name == ArticleSeed.StargateName, Cancel);
        Assert.Equal(string.Join(",", DealColumns.ParticipantColumns), section[1]);
        Assert.Equal(expected, section.Length - 2);
        Assert.Contains(section, l => l.Contains(",Oracle,EquityPartner,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    public async Task Csv_and_xlsx_neutralise_text_that_a_spreadsheet_would_run_as_a_formula(string name)
    {
        await using (var db = database.CreateDbContext())
        {
            db.Deals.Add(new Deal { Name = name, Summary = "=1+1" });
            await db.SaveChangesAsync(Cancel);
        }

        var csv = Encoding.UTF8.GetString(await CsvAsync(new DealFilter(), new ListRequest()));
        var xlsx = await XlsxAsync(new DealFilter());

        Assert.Contains("'" + name.Replace("\"", "\"\"", StringComparison.Ordinal), csv, StringComparison.Ordinal);
        Assert.Contains("'=1+1", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("," + name, csv, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var texts = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.InlineString>()).Select(s => s.InnerText).ToList();
        Assert.Contains("'" + name, texts);
        Assert.DoesNotContain(name, texts);
        Assert.Empty(document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>()));

        // The import takes the apostrophe off again: the name comes back as it was typed.
        var table = await ImportFileReader.ReadAsync(new MemoryStream(xlsx), "deals.xlsx", Cancel);
        Assert.Contains(table.Rows, r => Cell(table, r, DealColumns.Name) == name);
    }

    [Fact]
    public async Task Xlsx_has_a_deals_sheet_and_a_participants_sheet_that_read_back()
    {
        var xlsx = await XlsxAsync(DealFilter.None);

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Equal(["Deals", "Participants"], document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        var table = await ImportFileReader.ReadAsync(new MemoryStream(xlsx), "deals.xlsx", Cancel);
        Assert.Equal(DealColumns.All, table.Headers);
        Assert.Equal(4, table.Rows.Count);
        Assert.Empty(table.Issues);
    }

    [Fact]
    public async Task Json_export_restores_into_an_empty_database_and_exports_again_identically()
    {
        var first = await SnapshotAsync(database);
        await using var empty = await SqliteTestDatabase.CreateAsync(seeded: false);
        var restorer = new DatabaseRestorer(empty, TestUser.Admin());

        var preview = await restorer.PreviewAsync(new MemoryStream(Encoding.UTF8.GetBytes(first)), Cancel);
        Assert.True(preview.CanRestore, string.Join(" ", preview.Errors));
        var outcome = await restorer.RestoreAsync(preview.Dump!, cancellationToken: Cancel);

        Assert.IsType<ImportOutcome.Committed>(outcome);
        Assert.Equal(first, await SnapshotAsync(empty));
        Assert.Contains("\"citations\":[{", first, StringComparison.Ordinal);
        Assert.Contains("\"stageChanges\":[{", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_restore_is_refused_into_a_database_that_holds_records_and_for_a_viewer()
    {
        var dump = await SnapshotAsync(database);
        await using var empty = await SqliteTestDatabase.CreateAsync(seeded: false);
        var emptyBefore = await SnapshotAsync(empty);

        var occupied = await new DatabaseRestorer(database, new TestUser()).PreviewAsync(new MemoryStream(Encoding.UTF8.GetBytes(dump)), Cancel);
        var viewer = await new DatabaseRestorer(empty, TestUser.Viewer()).RestoreAsync(occupied.Dump!, cancellationToken: Cancel);
        var analyst = await new DatabaseRestorer(empty, new TestUser()).RestoreAsync(occupied.Dump!, cancellationToken: Cancel);
        var notJson = await new DatabaseRestorer(empty, new TestUser()).PreviewAsync(new MemoryStream("{\"companies\": ["u8.ToArray()), Cancel);

        Assert.Contains(occupied.Errors, e => e.Contains("only into an empty database", StringComparison.Ordinal));
        Assert.IsType<ImportOutcome.Forbidden>(viewer);
        Assert.Contains("only an administrator may", Assert.IsType<ImportOutcome.Forbidden>(analyst).Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", Assert.Single(notJson.Errors), StringComparison.Ordinal);
        Assert.Equal(emptyBefore, await SnapshotAsync(empty));
    }

    [Fact]
    public async Task Json_restore_with_a_dangling_reference_writes_nothing()
    {
        var dump = (await new DatabaseRestorer(database, new TestUser()).PreviewAsync(new MemoryStream(Encoding.UTF8.GetBytes(await SnapshotAsync(database))), Cancel)).Dump!;
        var broken = dump with { DealParticipants = [.. dump.DealParticipants, dump.DealParticipants[0] with { Id = 9_999, CompanyId = 424_242 }] };
        await using var empty = await SqliteTestDatabase.CreateAsync(seeded: false);
        var before = await SnapshotAsync(empty);

        var outcome = await new DatabaseRestorer(empty, TestUser.Admin()).RestoreAsync(broken, cancellationToken: Cancel);

        Assert.IsType<ImportOutcome.Refused>(outcome);
        Assert.Equal(before, await SnapshotAsync(empty));
    }

    private async Task<byte[]> CsvAsync(DealFilter filter, ListRequest sort)
    {
        using var output = new AsyncOnlyStream();
        await exporter.WriteCsvAsync(filter, sort, output, Cancel);
        return output.ToArray();
    }

    private async Task<byte[]> XlsxAsync(DealFilter filter)
    {
        using var output = new AsyncOnlyStream();
        await exporter.WriteXlsxAsync(filter, new ListRequest(), output, Cancel);
        return output.ToArray();
    }

    private static string Cell(ImportTable table, ImportRow row, string column) =>
        row.Cells.ElementAtOrDefault(table.Headers.ToList().IndexOf(column)) ?? "";
}
