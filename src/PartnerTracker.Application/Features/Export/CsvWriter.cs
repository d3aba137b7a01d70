using System.Text;

namespace PartnerTracker.Application.Features.Export;

/// <summary>
/// Writes RFC 4180 CSV, row by row, straight to a stream: UTF-8 with a byte order mark (so spreadsheet programs
/// read accents and Korean right), CRLF line ends, fields quoted when they hold a comma, quote or line break.
/// Text cells are neutralised against formula injection; numbers the app formats itself are written as they are.
/// Writes are asynchronous only, as an HTTP response requires.
/// </summary>
public sealed class CsvWriter(Stream stream) : IAsyncDisposable
{
    private readonly StreamWriter writer = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
    private readonly StringBuilder line = new();

    public async Task WriteRowAsync(IEnumerable<SheetCell> cells, CancellationToken cancellationToken)
    {
        line.Clear();
        foreach (var cell in cells)
        {
            AppendField(cell.IsNumber ? cell.Text : SpreadsheetText.Neutralise(cell.Text));
            line.Append(',');
        }

        if (line.Length > 0)
        {
            line.Length--;
        }

        line.Append("\r\n");
        await writer.WriteAsync(line, cancellationToken);
    }

    public Task WriteLineAsync(string text, CancellationToken cancellationToken) => WriteRowAsync([SheetCell.Of(text)], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await writer.FlushAsync();
        await writer.DisposeAsync();
    }

    private void AppendField(string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0 && (text.Length == 0 || (text[0] != ' ' && text[^1] != ' ')))
        {
            line.Append(text);
            return;
        }

        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
