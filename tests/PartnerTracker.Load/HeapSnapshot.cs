using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerTracker.Load;

/// <summary>
/// One reading of the app process: `dotnet gcdump collect` (which forces a full, blocking GC first) and its
/// `dotnet gcdump report`, plus VmRSS read right after. Types are summed over gcdump's size buckets
/// ("(Bytes > 10K)" and so on), so each type is one row; a row's bytes are its object size times its count.
/// </summary>
public sealed partial record HeapSnapshot(string Label, long HeapBytes, long HeapObjects, long ResidentBytes, IReadOnlyDictionary<string, (long Bytes, long Count)> Types, string File)
{
    public static async Task<HeapSnapshot> TakeAsync(string root, int pid, string label, string file)
    {
        var collect = await ProcessRunner.RunAsync(root, ["tool", "run", "dotnet-gcdump", "collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file], TimeSpan.FromMinutes(5));
        if (collect.ExitCode != 0 || !System.IO.File.Exists(file))
        {
            throw new InvalidOperationException($"dotnet-gcdump collect failed ({collect.ExitCode}): {collect.Output}{collect.Error}");
        }

        var resident = ProcessRunner.ResidentBytes(pid);
        var report = await ProcessRunner.RunAsync(root, ["tool", "run", "dotnet-gcdump", "report", file], TimeSpan.FromMinutes(5));
        if (report.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet-gcdump report failed ({report.ExitCode}): {report.Error}");
        }

        return Parse(label, report.Output, resident, file);
    }

    /// <summary>Reads a dump already on disk (no RSS: 0).</summary>
    public static async Task<HeapSnapshot> TakeReportAsync(string root, string file)
    {
        var report = await ProcessRunner.RunAsync(root, ["tool", "run", "dotnet-gcdump", "report", file], TimeSpan.FromMinutes(5));
        return report.ExitCode == 0 ? Parse(Path.GetFileName(file), report.Output, 0, file)
            : throw new InvalidOperationException($"dotnet-gcdump report failed ({report.ExitCode}): {report.Error}");
    }

    public static HeapSnapshot Parse(string label, string report, long resident, string file)
    {
        long heap = -1, objects = -1;
        var types = new Dictionary<string, (long Bytes, long Count)>(StringComparer.Ordinal);
        foreach (var line in report.Split('\n'))
        {
            if (Total().Match(line) is { Success: true } total)
            {
                var value = Number(total.Groups[1].Value);
                if (total.Groups[2].Value == "bytes")
                {
                    heap = value;
                }
                else
                {
                    objects = value;
                }
            }
            else if (Row().Match(line) is { Success: true } row)
            {
                var type = Bucket().Replace(row.Groups[3].Value.Trim(), "");
                types.TryGetValue(type, out var sum);
                // The first column is the size of one object of the row (an average within a size bucket), not the row's total.
                var count = Number(row.Groups[2].Value);
                types[type] = (sum.Bytes + (Number(row.Groups[1].Value) * count), sum.Count + count);
            }
        }

        if (heap < 0)
        {
            throw new InvalidOperationException($"No 'GC Heap bytes' line in the report of {file}.");
        }

        return new HeapSnapshot(label, heap, objects, resident, types, file);
    }

    private static long Number(string text) => long.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap (bytes|objects)\s*$")]
    private static partial Regex Total();

    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(\S.*)$")]
    private static partial Regex Row();

    [GeneratedRegex(@" \(Bytes > [^)]*\)")]
    private static partial Regex Bucket();
}
