using System.Text.RegularExpressions;

namespace PartnerTracker.Application.Tests.Conventions;

/// <summary>
/// No command's result is dropped: every call in the shipped code of a method that returns a CommandResult assigns,
/// returns, passes on or tests what it returned, so a refusal always reaches the one presenter and the user.
/// Read from the source (C# and Razor alike), since Razor's generated code is no place to assert on.
/// </summary>
public sealed partial class CommandResultsAreUsedTests
{
    [Fact]
    public void Every_command_call_in_the_app_uses_its_result()
    {
        var files = SourceFiles();
        var commands = files.SelectMany(f => Declaration().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet();
        Assert.Contains("ChangeStageAsync", commands); // the scan sees the commands it must check
        Assert.Contains("DeleteAsync", commands);

        var dropped = files
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line.Trim())))
            .Where(l => Dropped().Match(l.Text) is { Success: true } m && commands.Contains(m.Groups[1].Value) && !NotOurs(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        Assert.Empty(dropped);
    }

    [Theory]
    [InlineData("await Connections.RemoveAsync(kind, id);", true)]
    [InlineData("_ = await editor.DeleteAsync(id, version);", true)]
    [InlineData("var result = await Connections.RemoveAsync(kind, id);", false)]
    [InlineData("Snackbar.Show(await Connections.RemoveAsync(kind, id), \"deal\", \"Removed.\");", false)]
    [InlineData("return await editor.DeleteAsync(id, version);", false)]
    public void The_scan_tells_a_dropped_result_from_a_used_one(string line, bool dropped) =>
        Assert.Equal(dropped, Dropped().IsMatch(line));

    // Identity's and EF's own methods of the same names return their own results, not ours.
    private static bool NotOurs(string line) => line.Contains("UserManager.", StringComparison.Ordinal) || line.Contains("users.", StringComparison.Ordinal)
        || line.Contains("transaction.", StringComparison.OrdinalIgnoreCase) || line.Contains("grid.", StringComparison.Ordinal);

    private static List<string> SourceFiles()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PartnerTracker.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        return Directory.EnumerateFiles(Path.Combine(root.FullName, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
    }

    [GeneratedRegex(@"Task<CommandResult>\s+(\w+)\s*\(")]
    private static partial Regex Declaration();

    /// <summary>A statement that is nothing but an awaited call, or one whose value is discarded into _.</summary>
    [GeneratedRegex(@"^(?:_\s*=\s*)?await\s+[\w.]+\.(\w+)\s*\(.*\);$")]
    private static partial Regex Dropped();
}
