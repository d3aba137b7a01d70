using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartnerTracker.Application.Features.Export;

namespace PartnerTracker.Application.Features.Import;

/// <summary>
/// Reads an uploaded deals file, CSV (UTF-8 or UTF-16 with its byte order mark) or .xlsx (the first sheet), into an
/// <see cref="ImportTable"/>. Everything it cannot read comes back as a message saying what to do; it never throws
/// for a bad file.
/// </summary>
public static class ImportFileReader
{
    /// <summary>The largest upload the import reads (20 MB holds well over 10,000 deals).</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public static string TooLarge(long bytes) =>
        $"The file is {bytes / 1024.0 / 1024.0:0.0} MB; the import takes files of at most {MaxBytes / 1024 / 1024} MB. Split it into smaller files.";

    public static bool IsSpreadsheet(string fileName) =>
        fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads at most <see cref="MaxBytes"/>; a longer stream is refused without reading the rest.</summary>
    public static async Task<ImportTable> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        if (!IsSpreadsheet(fileName))
        {
            return ImportTable.Failed($"“{fileName}” is neither a .csv nor an .xlsx file; save the sheet as CSV UTF-8 or Excel workbook.");
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return ImportTable.Failed(TooLarge(stream.CanSeek ? stream.Length : buffer.Length + read));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return ImportTable.Failed("The file is empty.");
        }

        buffer.Position = 0;
        return fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(buffer) : ReadCsv(buffer.ToArray());
    }

    public static ImportTable ReadCsv(byte[] bytes)
    {
        if (LooksLikeUtf16WithoutMark(bytes) is { } order)
        {
            return ImportTable.Failed($"The file looks like UTF-16 text ({order}) without a byte order mark; in your spreadsheet program save it as “CSV UTF-8” and upload it again.");
        }

        string text;
        try
        {
            text = Decode(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            // Index counts from the start of the decoded bytes, after the byte order mark when there is one.
            var utf16 = bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
            var offset = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : utf16 ? 2 : 0;
            // UTF-8's decoder points at the bad byte; UTF-16's only notices a broken pair at the next character, past the bad bytes.
            var index = utf16 ? ex.Index - (ex.BytesUnknown?.Length ?? 0) : ex.Index;
            var at = index >= 0 ? $" (line {bytes.AsSpan(0, offset + index).Count((byte)'\n') + 1:N0}, byte {offset + index + 1:N0})" : "";
            return ImportTable.Failed(utf16
                ? $"The file starts as UTF-16 text but is not valid UTF-16{at}. In your spreadsheet program save it as “CSV UTF-8” and upload it again."
                : $"The file is not UTF-8 text{at}; it may be in an older encoding such as Windows-1252. In your spreadsheet program save it as “CSV UTF-8” and upload it again.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return ImportTable.Failed("The file holds binary data, not CSV text; save the sheet as “CSV UTF-8”.");
        }

        var records = ParseCsv(text);
        var table = ToTable(records.TakeWhile(r => !IsParticipantsSection(r.Cells)).ToList(), []);

        // CSV has no formulas, but a spreadsheet program opening this file would run "=..." as one.
        var formulas = table.Rows
            .SelectMany(r => r.Cells.Select((cell, column) => (r.Number, cell, column)))
            .Where(c => c.cell.StartsWith('=') && c.column < table.Headers.Count)
            .Select(c => new ImportIssue(c.Number, table.Headers[c.column], "The cell starts with “=” and would run as a formula; remove the “=” or put an apostrophe before it."));
        var restored = table.Rows.Select(r => r with { Cells = r.Cells.Select(SpreadsheetText.Restore).ToList() }).ToList();
        return table with { Rows = restored, Issues = [.. table.Issues, .. formulas] };
    }

    private static string Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
        }

        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
    }

    /// <summary>
    /// "Little endian" or "big endian" when the bytes read as UTF-16 with no byte order mark: such a file is valid UTF-8
    /// full of NUL bytes (every ASCII character is followed, or preceded, by a zero byte). Null for anything else; a
    /// file with NUL bytes in no such pattern is left to the binary-data check.
    /// </summary>
    private static string? LooksLikeUtf16WithoutMark(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return null;
        }

        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 4096) & ~1);
        var (evenZeros, oddZeros) = (0, 0);
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        // A CSV's header and separators are ASCII: in UTF-16 that is a zero in at least a quarter of the pairs, on one side only.
        var pairs = sample.Length / 2;
        return (evenZeros, oddZeros) switch
        {
            var (even, odd) when odd > 0 && odd * 4 >= pairs && even * 10 <= odd => "little endian",
            var (even, odd) when even > 0 && even * 4 >= pairs && odd * 10 <= even => "big endian",
            _ => null,
        };
    }

    private static bool IsParticipantsSection(IReadOnlyList<string> cells) =>
        cells.Count > 0 && cells[0].Trim() == DealColumns.ParticipantsSection;

    /// <summary>RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. Each record keeps the line it starts on.</summary>
    private static List<ImportRow> ParseCsv(string text)
    {
        var records = new List<ImportRow>();
        var cells = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var i = 0;
        void EndField()
        {
            cells.Add(field.ToString());
            field.Clear();
        }

        void EndRecord()
        {
            EndField();
            records.Add(new ImportRow(recordLine, cells.ToList()));
            cells.Clear();
            recordLine = line;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    line++;
                    EndRecord();
                    break;
                default:
                    field.Append(c);
                    break;
            }

            i++;
        }

        if (field.Length > 0 || cells.Count > 0)
        {
            EndRecord();
        }

        return records;
    }

    private static ImportTable ReadXlsx(Stream stream)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } partId)
            {
                return ImportTable.Failed("The workbook has no sheet.");
            }

            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var dateStyles = DateStyles(workbook);
            var rows = new List<ImportRow>();
            var issues = new List<ImportIssue>();
            var part = (WorksheetPart)workbook.GetPartById(partId);
            var formulaCells = new List<(int Row, int Column)>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }

                    if (cell.CellFormula is not null)
                    {
                        formulaCells.Add((number, column));
                    }

                    cells.Add(SpreadsheetText.Restore(CellText(cell, shared, dateStyles)));
                }

                rows.Add(new ImportRow(number, cells));
            }

            var table = ToTable(rows, []);
            foreach (var (row, column) in formulaCells)
            {
                var header = column < table.Headers.Count ? table.Headers[column] : ColumnLetters(column);
                issues.Add(new ImportIssue(row, header, "The cell holds a formula; the import takes values only. Paste it as values."));
            }

            return table with { Issues = [.. table.Issues, .. issues] };
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException or InvalidOperationException)
        {
            return ImportTable.Failed("The file is not a readable .xlsx workbook; open it in your spreadsheet program and save it as Excel workbook (.xlsx) or CSV UTF-8.");
        }
    }

    private static string CellText(Cell cell, string[] shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Length ? shared[index] : "";
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return raw == "1" ? "yes" : "no";
        }

        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2_958_466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>The cell styles whose number format shows a date: the built-in date formats and custom ones with d, m and y.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && code.Contains('y', StringComparison.OrdinalIgnoreCase) && code.Contains('d', StringComparison.OrdinalIgnoreCase))
            .Select(f => f.NumberFormatId?.Value ?? 0).ToHashSet() ?? [];
        var result = new HashSet<uint>();
        uint index = 0;
        foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58) || custom.Contains(id))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The first non-blank row is the header; blank rows are skipped.</summary>
    private static ImportTable ToTable(List<ImportRow> records, IReadOnlyList<ImportIssue> issues)
    {
        var nonBlank = records.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (nonBlank.Count == 0)
        {
            return ImportTable.Failed("The file holds no rows.");
        }

        var headers = nonBlank[0].Cells.Select(h => h.Trim()).ToList();
        while (headers.Count > 0 && headers[^1].Length == 0)
        {
            headers.RemoveAt(headers.Count - 1);
        }

        var rows = nonBlank.Skip(1).ToList();
        return new ImportTable(headers, rows, issues);
    }
}
