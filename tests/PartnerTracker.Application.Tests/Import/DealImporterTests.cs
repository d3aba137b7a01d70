using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Export;
using PartnerTracker.Application.Features.Import;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;
using static PartnerTracker.Application.Tests.Import.ImportFiles;

namespace PartnerTracker.Application.Tests.Import;

public sealed class DealImporterTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private DealImporter importer = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, CompanyChoice> NoChoices = [];

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        importer = new DealImporter(database, new TestUser(), TimeProvider.System);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Preview_matches_companies_by_name_alias_and_close_match_and_names_new_ones()
    {
        var table = await ReadAsync(Csv(
            "Chip supply,Supply,Signed,Confirmed,Exact,1.2,KRW,0.00069,2025-02-04,Bank of Korea,H1 2025,,\"OpenAI (Customer); SoftBank (Investor, Rumored); Oracel (Supplier); Fresh Chips Ltd (Supplier)\""));

        var preview = await importer.PreviewAsync(table, NoChoices, Cancel);

        Assert.Empty(preview.AllIssues.Select(i => i.ToString()));
        var row = Assert.Single(preview.Rows);
        Assert.Equal((2, "Chip supply", "Create deal"), (row.Row, row.DealName, row.Action));
        var byTyped = preview.Companies.ToDictionary(c => c.Typed);
        Assert.Equal(CompanyMatchKind.ExactName, byTyped["OpenAI"].Kind);
        Assert.Equal((CompanyMatchKind.Alias, "SoftBank Group"), (byTyped["SoftBank"].Kind, byTyped["SoftBank"].CompanyName));
        Assert.Equal((CompanyMatchKind.CloseMatch, "Oracle"), (byTyped["Oracel"].Kind, byTyped["Oracel"].CompanyName));
        Assert.True(byTyped["Oracel"].AwaitsConfirmation);
        Assert.Equal(CompanyMatchKind.New, byTyped["Fresh Chips Ltd"].Kind);
        Assert.False(preview.CanCommit);
        Assert.Contains("close company match", preview.Blocker);
    }

    [Fact]
    public async Task Commit_writes_deals_participants_rates_and_first_stage_after_the_close_match_is_confirmed()
    {
        var table = await ReadAsync(Csv(
            "Chip supply,Supply,Signed,Confirmed,UpTo,1200000000000,KRW,0.00069,2025-02-04,Bank of Korea,H1 2025,,\"OpenAI (Customer); SoftBank (Investor, Rumored); Oracel (Supplier); Fresh Chips Ltd (Supplier)\""));
        var before = await SnapshotAsync(database);

        var unconfirmed = await importer.CommitAsync(table, NoChoices, cancellationToken: Cancel);
        Assert.IsType<ImportOutcome.Refused>(unconfirmed);
        Assert.Equal(before, await SnapshotAsync(database));

        var outcome = await importer.CommitAsync(table, new Dictionary<string, CompanyChoice> { ["ORACEL"] = CompanyChoice.UseMatch }, cancellationToken: Cancel);

        var committed = Assert.IsType<ImportOutcome.Committed>(outcome);
        Assert.Equal((1, 1), (committed.Deals, committed.Companies));
        await using var db = database.CreateDbContext();
        var deal = await db.Deals.Include(d => d.Participants).ThenInclude(p => p.Company).Include(d => d.StageHistory).Include(d => d.FxRate)
            .SingleAsync(d => d.Name == "Chip supply", Cancel);
        Assert.Equal((DealKind.Supply, DealStage.Signed, Verification.Confirmed), (deal.Kind, deal.Stage, deal.Verification));
        Assert.Equal(new Money(1_200_000_000_000m, "KRW", MoneyQualifier.UpTo), deal.Value);
        Assert.Equal(828_000_000m, deal.ValueUsd);
        Assert.Equal((new DateOnly(2025, 2, 4), 0.00069m), (deal.FxRate!.Date, deal.FxRate.RateToUsd));
        Assert.Equal(PartialDate.HalfYear(2025, 1), deal.AnnouncedOn);
        Assert.Equal(
            ["Fresh Chips Ltd Supplier Confirmed", "OpenAI Customer Confirmed", "Oracle Supplier Confirmed", "SoftBank Group Investor Rumored"],
            deal.Participants.Select(p => $"{p.Company!.Name} {p.Role} {p.Verification}").Order());
        var first = Assert.Single(deal.StageHistory);
        Assert.Equal((null, DealStage.Signed, "test analyst"), (first.FromStage, first.ToStage, first.RecordedBy));
    }

    [Fact]
    public async Task Declining_a_close_match_creates_a_new_company()
    {
        var table = await ReadAsync(Csv("Deal,Other,Rumored,Rumored,,,,,,,,,Oracel (Customer)"));

        var outcome = await importer.CommitAsync(table, new Dictionary<string, CompanyChoice> { ["ORACEL"] = CompanyChoice.CreateNew }, cancellationToken: Cancel);

        Assert.IsType<ImportOutcome.Committed>(outcome);
        await using var db = database.CreateDbContext();
        Assert.True(await db.Companies.AnyAsync(c => c.Name == "Oracel", Cancel));
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        { "Deal,Supply,Announced,Reported,Exact,100,XYZ,,,,,,", "Value currency", "'XYZ' is not an ISO 4217 currency code" },
        { "Deal,Supply,Announced,Reported,Exact,100,usd,,,,2025-02-30,,", "Announced", "is not a date" },
        { "Deal,Supply,Announced,Reported,Exact,100,USD,,,,2025-02-04,Month,", "Announced", "a month date must be the first day of its month" },
        { "Deal,Supply,Announced,Reported,Exact,-5,USD,,,,,,", "Value amount", "Amount must be more than zero." },
        { "Deal,Supply,Announced,Reported,Exact,lots,USD,,,,,,", "Value amount", "“lots” is not a number" },
        { "Deal,Supply,Announced,Reported,Exact,100,EUR,,,,,,", "Rate to USD", "Enter the rate to US dollars" },
        { "Deal,Merger,Announced,Reported,,,,,,,,,", "Kind", "“Merger” is not one of JointVenture" },
        { ",Supply,Announced,Reported,,,,,,,,,", "Name", "Name is required." },
        { "Deal,Supply,,Reported,,,,,,,,,", "Stage", "Stage is required." },
        { "Deal,Supply,Announced,Reported,Undisclosed,100,USD,,,,,,", "Value amount", "An undisclosed value has no amount" },
        { "Deal,Supply,Announced,Reported,,,,,,,,,OpenAI", "Participants", "needs the company's role in brackets" },
        { "Deal,Supply,Announced,Reported,,,,,,,,,OpenAI (Boss)", "Participants", "“Boss” is not a role" },
        { "Deal,Supply,Announced,Reported,,,,,,,,,OpenAI (Customer); openai (Customer)", "Participants", "listed twice as Customer" },
        { "Stargate,Supply,Announced,Reported,,,,,,,,,", "Name", "A deal named “Stargate” already exists" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_is_reported_by_row_and_column_and_nothing_is_written(string row, string column, string message)
    {
        var table = await ReadAsync(Csv("Good deal,Supply,Announced,Reported,,,,,,,,,OpenAI (Customer)", row));
        var before = await SnapshotAsync(database);

        var preview = await importer.PreviewAsync(table, NoChoices, Cancel);
        var outcome = await importer.CommitAsync(table, NoChoices, cancellationToken: Cancel);

        Assert.All(preview.AllIssues, i => Assert.Equal(3, i.Row));
        Assert.Contains(preview.AllIssues, i => i.Column == column && i.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(preview.Rows.Single(r => r.Row == 2).IsValid);
        Assert.Contains("Fix the", Assert.IsType<ImportOutcome.Refused>(outcome).Message);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task Duplicate_rows_and_two_rates_for_one_day_are_errors()
    {
        var table = await ReadAsync(Csv(
            "Twice,Supply,Announced,Reported,,,,,,,,,",
            "twice,Supply,Announced,Reported,,,,,,,,,",
            "A,Supply,Announced,Reported,Exact,5,EUR,1.05,2025-01-02,ECB,,,",
            "B,Supply,Announced,Reported,Exact,5,EUR,1.10,2025-01-02,ECB,,,"));

        var preview = await importer.PreviewAsync(table, NoChoices, Cancel);

        Assert.Equal(
            ["Row 3, Name: Row 2 already has a deal named “twice”; each deal appears once.",
             "Row 5, Rate to USD: Row 4 gives EUR on 2025-01-02 the rate 1.05; one currency has one rate per date."],
            preview.AllIssues.Select(i => i.ToString()).Select(s => s.Replace("“Twice”", "“twice”", StringComparison.Ordinal)));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "deals.csv", [], "The file is empty." },
        { "deals.csv", "\r\n , \r\n"u8.ToArray(), "The file holds no rows." },
        { "deals.csv", "Name,Kind,Stage,Verification\r\n"u8.ToArray(), "The file has a header row but no deals." },
        { "deals.csv", "Deal name,Kind,Stage,Verification,Colour\r\nX,Supply,Announced,Reported,red\r\n"u8.ToArray(), "“Deal name” is not a column the import reads" },
        { "deals.csv", "Name,Kind,Stage\r\nX,Supply,Announced\r\n"u8.ToArray(), "The file has no “Verification” column; it is required." },
        { "deals.csv", [.. "Name,Kind,Stage,Verification\r\nCaf"u8.ToArray(), 0xE9, .. ",Supply,Announced,Reported\r\n"u8.ToArray()], "The file is not UTF-8 text (line 2, byte 34); it may be in an older encoding such as Windows-1252." },

        // Windows-1252 (what "CSV" without "UTF-8" saves on many machines): é is 0xE9 and € is 0x80; the first bad byte is named with its line.
        { "deals.csv", [.. "Name,Kind,Stage,Verification,Value,Currency\r\nPlain deal,Supply,Announced,Reported,,\r\nCaf"u8.ToArray(), 0xE9, .. " deal,Supply,Announced,Reported,5,"u8.ToArray(), 0x80, .. "\r\n"u8.ToArray()], "The file is not UTF-8 text (line 3, byte 89)" },
        { "deals.csv", [.. "Name,Kind,Stage,Verification,Value,Currency\r\nDeal,Supply,Announced,Reported,5,"u8.ToArray(), 0x80, .. "\r\n"u8.ToArray()], "The file is not UTF-8 text (line 2, byte 79)" },

        // With a UTF-8 byte order mark the position still counts from the file's first byte.
        { "deals.csv", [0xEF, 0xBB, 0xBF, .. "Name,Kind,Stage,Verification\r\nCaf"u8.ToArray(), 0xE9, .. ",Supply,Announced,Reported\r\n"u8.ToArray()], "The file is not UTF-8 text (line 2, byte 37)" },

        // UTF-16 with no byte order mark is valid UTF-8 full of NUL bytes; it is named, not called binary.
        { "deals.csv", Encoding.Unicode.GetBytes("Name,Kind,Stage,Verification\r\n카카오 deal,Supply,Announced,Reported\r\n"), "The file looks like UTF-16 text (little endian) without a byte order mark; in your spreadsheet program save it as “CSV UTF-8” and upload it again." },
        { "deals.csv", Encoding.BigEndianUnicode.GetBytes("Name,Kind,Stage,Verification\r\nX,Supply,Announced,Reported\r\n"), "The file looks like UTF-16 text (big endian) without a byte order mark" },
        { "deals.csv", [.. "Name,Kind,Stage,Verification\r\nX"u8.ToArray(), 0, 0, 0, 0, .. ",Supply,Announced,Reported\r\n"u8.ToArray()], "The file holds binary data, not CSV text" },
        { "deals.csv", "N"u8.ToArray(), "“N” is not a column the import reads" },
        // UTF-16 with its mark but a lone surrogate (0xD800 not followed by its pair): named as broken UTF-16, not as Windows-1252.
        { "deals.csv", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Name,Kind,Stage,Verification\r\nX"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(",Supply,Announced,Reported\r\n")], "The file starts as UTF-16 text but is not valid UTF-16 (line 2, byte 65)" },
        { "deals.xlsx", "Name,Kind\r\n"u8.ToArray(), "The file is not a readable .xlsx workbook" },
        { "deals.pdf", "%PDF"u8.ToArray(), "is neither a .csv nor an .xlsx file" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gets_one_clear_message_and_nothing_is_written(string name, byte[] bytes, string message)
    {
        var table = await ReadAsync(bytes, name);
        var before = await SnapshotAsync(database);

        var preview = await importer.PreviewAsync(table, NoChoices, Cancel);
        var outcome = await importer.CommitAsync(table, NoChoices, cancellationToken: Cancel);

        Assert.Contains(message, string.Join(" | ", preview.FileIssues.Select(i => i.Message)), StringComparison.Ordinal);
        Assert.False(preview.CanCommit);
        Assert.IsType<ImportOutcome.Refused>(outcome);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_before_it_is_read_whole()
    {
        var huge = new MemoryStream(new byte[50 * 1024 * 1024]);

        var table = await ImportFileReader.ReadAsync(huge, "deals.csv", Cancel);

        Assert.Equal("The file is 50.0 MB; the import takes files of at most 20 MB. Split it into smaller files.", Assert.Single(table.Issues).Message);
        Assert.True(huge.Position <= ImportFileReader.MaxBytes + 81920);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Utf16_with_its_byte_order_mark_is_read_in_either_byte_order(bool bigEndian)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Name,Kind,Stage,Verification\r\n카카오 deal,Supply,Announced,Reported\r\n")).ToArray();

        var preview = await importer.PreviewAsync(await ReadAsync(bytes), NoChoices, Cancel);

        Assert.True(preview.CanCommit);
        Assert.Equal("카카오 deal", preview.Rows.Single().DealName);
    }

    [Fact]
    public async Task A_csv_cell_starting_with_equals_is_refused_as_a_formula()
    {
        var table = await ReadAsync(Csv("\"=HYPERLINK(\"\"http://evil\"\")\",Supply,Announced,Reported,,,,,,,,,"));

        var preview = await importer.PreviewAsync(table, NoChoices, Cancel);

        var issue = Assert.Single(preview.AllIssues);
        Assert.Equal((2, "Name"), (issue.Row, issue.Column));
        Assert.Contains("would run as a formula", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_formula_cell_in_a_workbook_is_refused()
    {
        using var file = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(file, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            static DocumentFormat.OpenXml.Spreadsheet.Cell Text(string reference, string text) => new()
            {
                CellReference = reference, DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString,
                InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)),
            };
            sheet.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData(
                new DocumentFormat.OpenXml.Spreadsheet.Row(Text("A1", "Name"), Text("B1", "Kind"), Text("C1", "Stage"), Text("D1", "Verification"), Text("E1", "Value amount")) { RowIndex = 1 },
                new DocumentFormat.OpenXml.Spreadsheet.Row(Text("A2", "Deal"), Text("B2", "Supply"), Text("C2", "Announced"), Text("D2", "Reported"),
                    new DocumentFormat.OpenXml.Spreadsheet.Cell
                    {
                        CellReference = "E2", CellFormula = new DocumentFormat.OpenXml.Spreadsheet.CellFormula("1+1"),
                        CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("2"),
                    }) { RowIndex = 2 }));
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets(
                new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Deals" }));
        }

        var preview = await importer.PreviewAsync(await ReadAsync(file.ToArray(), "deals.xlsx"), NoChoices, Cancel);

        Assert.Contains(preview.AllIssues, i => i is { Row: 2, Column: "Value amount" } && i.Message.Contains("formula", StringComparison.Ordinal));
        Assert.False(preview.CanCommit);
    }

    [Fact]
    public async Task A_viewer_is_refused_and_nothing_is_written()
    {
        var table = await ReadAsync(Csv("Deal,Supply,Announced,Reported,,,,,,,,,"));
        var before = await SnapshotAsync(database);

        var outcome = await new DealImporter(database, TestUser.Viewer(), TimeProvider.System).CommitAsync(table, NoChoices, cancellationToken: Cancel);

        Assert.Contains("may read but not change", Assert.IsType<ImportOutcome.Forbidden>(outcome).Message);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task Cancelling_midway_writes_nothing()
    {
        var table = await ReadAsync(Csv(DealRows(1_200)));
        var before = await SnapshotAsync(database);
        using var cancel = new CancellationTokenSource();
        var reports = new List<ImportProgress>();

        // Cancelled after the first batch of deals was saved inside the transaction.
        var outcome = await importer.CommitAsync(table, NoChoices, new Inline(p =>
        {
            reports.Add(p);
            if (p is { Step: "Deals", Done: > 0 })
            {
                cancel.Cancel();
            }
        }), cancel.Token);

        Assert.IsType<ImportOutcome.Cancelled>(outcome);
        Assert.Contains(reports, r => r.Done == DealImporter.CommitBatchSize);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task A_failure_midway_writes_nothing()
    {
        var table = await ReadAsync(Csv(DealRows(1_200)));
        var before = await SnapshotAsync(database);

        await Assert.ThrowsAsync<IOException>(() => importer.CommitAsync(table, NoChoices, new Inline(p =>
        {
            if (p is { Step: "Deals", Done: > 500 })
            {
                throw new IOException("injected failure after the second batch");
            }
        }), Cancel));

        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task An_exported_deals_file_imports_again_into_a_database_without_those_deals()
    {
        using var csv = new MemoryStream();
        await new DealExporter(database, AppMapping.Mapper).WriteCsvAsync(Features.Deals.DealFilter.None, new Common.ListRequest(), csv, Cancel);
        await using var empty = await SqliteTestDatabase.CreateAsync(seeded: false);
        var table = await ImportFileReader.ReadAsync(new MemoryStream(csv.ToArray()), "deals.csv", Cancel);

        var outcome = await new DealImporter(empty, new TestUser(), TimeProvider.System).CommitAsync(table, NoChoices, cancellationToken: Cancel);

        Assert.Equal(4, Assert.IsType<ImportOutcome.Committed>(outcome).Deals);
        using var again = new MemoryStream();
        await new DealExporter(empty, AppMapping.Mapper).WriteCsvAsync(Features.Deals.DealFilter.None, new Common.ListRequest(), again, Cancel);
        Assert.Equal(DealsSection(csv), DealsSection(again));
    }

    /// <summary>The deals rows without the columns a new database numbers differently (ids, citations it has none of).</summary>
    private static List<string> DealsSection(MemoryStream csv)
    {
        var table = ImportFileReader.ReadCsv(csv.ToArray());
        var skip = new[] { DealColumns.Id, DealColumns.Citations }.Select(c => table.Headers.ToList().IndexOf(c)).ToHashSet();
        return table.Rows.Select(r => string.Join("|", r.Cells.Where((_, i) => !skip.Contains(i)))).ToList();
    }
}
