using System.Text;
using PartnerTracker.Application.Features.Export;
using PartnerTracker.Application.Features.Import;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Import;

/// <summary>Files to import, written the way an analyst's spreadsheet program writes them, and the database as bytes.</summary>
internal static class ImportFiles
{
    public const string Header = "Name,Kind,Stage,Verification,Value qualifier,Value amount,Value currency,Rate to USD,Rate date,Rate source,Announced,Announced precision,Participants";

    public static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    public static Task<ImportTable> ReadAsync(byte[] bytes, string name = "deals.csv") =>
        ImportFileReader.ReadAsync(new MemoryStream(bytes), name, TestContext.Current.CancellationToken);

    /// <summary>The whole database as its JSON export: equal before and after means nothing at all was written.</summary>
    public static async Task<string> SnapshotAsync(SqliteTestDatabase database)
    {
        using var output = new AsyncOnlyStream();
        await new DatabaseExporter(database).WriteJsonAsync(output, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Refuses synchronous writes, as an HTTP response body does.</summary>
    public sealed class AsyncOnlyStream : MemoryStream
    {
        private bool writingAsync;

        public override void Write(byte[] buffer, int offset, int count)
        {
            Assert.True(writingAsync, "Synchronous write: an HTTP response would refuse it.");
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Assert.True(writingAsync, "Synchronous write: an HTTP response would refuse it.");
            base.Write(buffer);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            writingAsync = true;
            try
            {
                await base.WriteAsync(buffer, cancellationToken);
            }
            finally
            {
                writingAsync = false;
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }
    }

    /// <summary>Reports on the caller's thread, as it happens (Progress&lt;T&gt; would post to a pool thread).</summary>
    public sealed class Inline(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    public static string DealRows(int count, string prefix = "Imported deal") =>
        string.Join("\r\n", Enumerable.Range(1, count).Select(i => $"{prefix} {i},Supply,Announced,Reported,Exact,{i}000000,USD,,,,2025-03-01,,OpenAI (Customer); Kakao (Supplier)"));
}
