namespace PartnerTracker.Application.Features.Import;

/// <summary>A problem with the file, a row, or one cell. <see cref="Row"/> is the row number a spreadsheet shows (the header is row 1).</summary>
public sealed record ImportIssue(int? Row, string? Column, string Message)
{
    public override string ToString() =>
        (Row, Column) switch
        {
            (null, null) => Message,
            (null, { } c) => $"Column {c}: {Message}",
            ({ } r, null) => $"Row {r}: {Message}",
            ({ } r, { } c) => $"Row {r}, {c}: {Message}",
        };
}

/// <summary>One data row as read: its number in the file and its cells, in header order ("" for a blank cell).</summary>
public sealed record ImportRow(int Number, IReadOnlyList<string> Cells);

/// <summary>A file read into a header and rows, with what the reader could not accept (formula cells).</summary>
public sealed record ImportTable(IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportIssue> Issues)
{
    public static ImportTable Failed(string message) => new([], [], [new ImportIssue(null, null, message)]);
}
