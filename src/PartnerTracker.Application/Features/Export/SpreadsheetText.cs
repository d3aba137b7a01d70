namespace PartnerTracker.Application.Features.Export;

/// <summary>
/// Text written into spreadsheet cells. A cell that starts with = + - @ (or a tab or carriage return) is run as a
/// formula by spreadsheet programs ("CSV injection"); such text is written with a leading apostrophe, which
/// spreadsheets show as text, and the import takes the apostrophe off again.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    /// <summary>The text a neutralised cell stood for; any other text unchanged.</summary>
    public static string Restore(string text) =>
        text.Length > 1 && text[0] == '\'' && FormulaStarts.Contains(text[1]) ? text[1..] : text;
}
