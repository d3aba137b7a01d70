using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnerTracker.Application.Features.Export;

/// <summary>
/// Writes an .xlsx workbook sheet by sheet with the Open XML SDK's forward-only writer, so rows go to the file as
/// they are read and no sheet is ever held in memory whole. Text is written as inline strings, neutralised
/// against formula injection; numbers as numbers.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly List<(string Name, string PartId)> sheets = [];
    private OpenXmlWriter? writer;

    /// <param name="stream">A seekable stream (the package format needs to seek); the caller copies it onwards.</param>
    public XlsxWriter(Stream stream)
    {
        document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        workbook = document.AddWorkbookPart();
    }

    public void StartSheet(string name)
    {
        EndSheet();
        var part = workbook.AddNewPart<WorksheetPart>();
        sheets.Add((name, workbook.GetIdOfPart(part)));
        writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
    }

    public void WriteRow(IEnumerable<SheetCell> cells)
    {
        var sheet = writer ?? throw new InvalidOperationException("Start a sheet first.");
        sheet.WriteStartElement(new Row());
        foreach (var cell in cells)
        {
            if (cell.IsNumber)
            {
                sheet.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(cell.Text) });
            }
            else
            {
                var text = new Text(SpreadsheetText.Neutralise(cell.Text)) { Space = SpaceProcessingModeValues.Preserve };
                sheet.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(text) });
            }
        }

        sheet.WriteEndElement();
    }

    public void Dispose()
    {
        EndSheet();
        var list = new Sheets();
        uint id = 1;
        foreach (var (name, partId) in sheets)
        {
            list.Append(new Sheet { Id = partId, SheetId = id++, Name = name });
        }

        workbook.Workbook = new Workbook(list);
        workbook.Workbook.Save();
        document.Dispose();
    }

    private void EndSheet()
    {
        if (writer is null)
        {
            return;
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Close();
        writer = null;
    }
}
