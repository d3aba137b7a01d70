namespace PartnerTracker.Load;

/// <summary>
/// The app's log entries at Warning or above, from its console output (app.log). The console logger writes an entry
/// as "warn: Category[id]" and the message on the indented lines after it; entries of the same category and first
/// message line are counted together, so 200 circuits saying the same thing are one row.
/// </summary>
public static class AppLog
{
    private static readonly Dictionary<string, string> Levels = new(StringComparer.Ordinal)
    {
        ["warn:"] = "Warning",
        ["fail:"] = "Error",
        ["crit:"] = "Critical",
    };

    public sealed record Entry(string Level, string Category, string Message, int Count);

    public static IReadOnlyList<Entry> WarningsAndAbove(string file)
    {
        var counts = new Dictionary<(string Level, string Category, string Message), int>();
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            var prefix = lines[i].Length >= 5 ? lines[i][..5] : "";
            if (!Levels.TryGetValue(prefix, out var level))
            {
                continue;
            }

            var message = i + 1 < lines.Length && lines[i + 1].StartsWith(' ') ? lines[i + 1].Trim() : "";
            var key = (level, lines[i][5..].Trim(), message);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return [.. counts.Select(c => new Entry(c.Key.Level, c.Key.Category, c.Key.Message, c.Value)).OrderByDescending(e => e.Count)];
    }
}
