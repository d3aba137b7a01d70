using System.Globalization;

namespace PartnerTracker.Load;

/// <summary>
/// Who used the CPU, read from /proc: the app, this tool's Chromium, Playwright's driver, this tool, and the rest of
/// the machine (other people's builds on a shared VM). Two readings give the cores each used between them, which
/// tells whether the browser or the server limited a run. Only this tool's own descendants count as "ours":
/// other checkouts run Chromium too.
/// </summary>
public sealed record MachineUsage(DateTime At, long MachineBusyTicks, IReadOnlyDictionary<int, (string Group, long Ticks)> Processes, string LoadAverage, long AvailableBytes)
{
    /// <summary>USER_HZ: /proc counts CPU time in 1/100 s on Linux.</summary>
    private const double TicksPerSecond = 100;

    public static readonly string[] Groups = ["app", "chromium", "playwright driver", "this tool", "other (ours)"];

    public static MachineUsage Read(int? appPid)
    {
        var all = new Dictionary<int, (string Comm, int Parent, long Ticks)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ReadStat(pid) is { } stat)
            {
                all[pid] = stat;
            }
        }

        var self = Environment.ProcessId;
        var ours = new Dictionary<int, (string Group, long Ticks)>();
        foreach (var (pid, stat) in all)
        {
            var group = pid == self ? "this tool"
                : appPid is { } app && DescendsFrom(pid, app, all) ? "app"
                : !DescendsFrom(pid, self, all) ? null
                : stat.Comm.StartsWith("chrom", StringComparison.Ordinal) ? "chromium"
                : IsNode(pid) ? "playwright driver"
                : "other (ours)";
            if (group is not null)
            {
                ours[pid] = (group, stat.Ticks);
            }
        }

        return new MachineUsage(DateTime.UtcNow, MachineBusy(), ours, File.ReadAllText("/proc/loadavg").Trim(), AvailableMemory());
    }

    /// <summary>MemAvailable from /proc/meminfo: what the machine can still give without swapping.</summary>
    public static long AvailableMemory()
    {
        foreach (var line in File.ReadLines("/proc/meminfo"))
        {
            if (line.StartsWith("MemAvailable:", StringComparison.Ordinal))
            {
                return long.Parse(line["MemAvailable:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException("No MemAvailable in /proc/meminfo.");
    }

    /// <summary>
    /// Cores each group used on average from <paramref name="start"/> to this reading, and the machine in all. A process
    /// that started in between counts from zero; one that ended in between is lost (renderers rarely end).
    /// </summary>
    public (IReadOnlyDictionary<string, double> Cores, double MachineCores) Since(MachineUsage start)
    {
        var seconds = Math.Max(0.001, (At - start.At).TotalSeconds);
        var cores = Groups.ToDictionary(g => g, _ => 0.0, StringComparer.Ordinal);
        foreach (var (pid, now) in Processes)
        {
            var before = start.Processes.TryGetValue(pid, out var was) && was.Group == now.Group ? was.Ticks : 0;
            cores[now.Group] += Math.Max(0, now.Ticks - before) / TicksPerSecond / seconds;
        }

        return (cores, Math.Max(0, MachineBusyTicks - start.MachineBusyTicks) / TicksPerSecond / seconds);
    }

    // Node names its main thread "MainThread", which is then the process's comm: its command line says what it is.
    private static bool IsNode(int pid)
    {
        try
        {
            var program = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0')[0];
            return Path.GetFileName(program) == "node";
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool DescendsFrom(int pid, int ancestor, Dictionary<int, (string Comm, int Parent, long Ticks)> all)
    {
        for (var (current, depth) = (pid, 0); depth < 64 && all.TryGetValue(current, out var stat); depth++)
        {
            if (current == ancestor)
            {
                return true;
            }

            current = stat.Parent;
        }

        return false;
    }

    // /proc/PID/stat: "pid (comm) state ppid ... utime stime ...": comm may hold spaces, so fields count from its ')'.
    private static (string Comm, int Parent, long Ticks)? ReadStat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var open = text.IndexOf('(', StringComparison.Ordinal);
            var close = text.LastIndexOf(')');
            var fields = text[(close + 2)..].Split(' ');
            var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return (text[(open + 1)..close], parent, ticks);
        }
        catch (IOException)
        {
            // The process ended between listing /proc and reading it.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The first line of /proc/stat: user nice system idle iowait irq softirq steal ...; busy is all but idle and iowait.
    private static long MachineBusy()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return fields.Take(8).Sum() - fields[3] - fields[4];
    }
}
