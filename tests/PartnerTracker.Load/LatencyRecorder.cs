namespace PartnerTracker.Load;

/// <summary>Every action's time (from the user's action to the result drawn in the browser), its timeouts and errors.</summary>
public sealed class LatencyRecorder
{
    /// <summary>The actions in the order a user does them; the report's rows.</summary>
    public static readonly string[] Actions = ["search", "sort", "next page", "open deal", "back"];

    private readonly Dictionary<string, ActionRecord> records = Actions.ToDictionary(a => a, _ => new ActionRecord(), StringComparer.Ordinal);
    private readonly Lock gate = new();

    public void Took(string action, TimeSpan elapsed)
    {
        lock (gate)
        {
            records[action].Milliseconds.Add(elapsed.TotalMilliseconds);
        }
    }

    public void TimedOut(string action, string detail) => Failed(action, detail, timeout: true);

    public void Failed(string action, string detail) => Failed(action, detail, timeout: false);

    /// <summary>Not done this time, as a user would not: no next page on the last page, no row to sort or open.</summary>
    public void Skipped(string action, string reason)
    {
        lock (gate)
        {
            var record = records[action];
            record.Skipped++;
            var key = $"skipped: {reason}";
            record.Details[key] = record.Details.GetValueOrDefault(key) + 1;
        }
    }

    public IReadOnlyDictionary<string, ActionRecord> Snapshot()
    {
        lock (gate)
        {
            return records.ToDictionary(r => r.Key, r => r.Value.Copy(), StringComparer.Ordinal);
        }
    }

    private void Failed(string action, string detail, bool timeout)
    {
        lock (gate)
        {
            var record = records[action];
            if (timeout)
            {
                record.Timeouts++;
            }
            else
            {
                record.Errors++;
            }

            // The first few of each distinct kind: enough to see what went wrong without a log per circuit.
            var key = detail.Split('\n')[0];
            record.Details[key] = record.Details.GetValueOrDefault(key) + 1;
        }
    }

    public sealed class ActionRecord
    {
        public List<double> Milliseconds { get; } = [];

        public int Timeouts { get; set; }

        public int Errors { get; set; }

        public int Skipped { get; set; }

        public Dictionary<string, int> Details { get; } = new(StringComparer.Ordinal);

        public ActionRecord Copy()
        {
            var copy = new ActionRecord { Timeouts = Timeouts, Errors = Errors, Skipped = Skipped };
            copy.Milliseconds.AddRange(Milliseconds);
            foreach (var (key, count) in Details)
            {
                copy.Details[key] = count;
            }

            return copy;
        }
    }

    /// <summary>Nearest rank: the smallest time at least <paramref name="fraction"/> of the times are at or under.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
