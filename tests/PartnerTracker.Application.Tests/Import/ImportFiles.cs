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
        using var output = new MemoryStream();
        await new DatabaseExporter(database).WriteJsonAsync(output, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Reports on the caller's thread, as it happens (Progress&lt;T&gt; would post to a pool thread).</summary>
    public sealed class Inline(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    public static string DealRows(int count, string prefix = "Imported deal") =>
        string.Join("\r\n", Enumerable.Range(1, count).Select(i => $"{prefix} {i},Supply,Announced,Reported,Exact,{i}000000,USD,,,,2025-03-01,,OpenAI (Customer); Kakao (Supplier)"));
}
