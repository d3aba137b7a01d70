namespace PartnerTracker.Web.Cli;

/// <summary>
/// The app settings a verb takes after its own arguments (`--Database:DataFolder X`, `--ConnectionStrings:Sqlite=...`).
/// They are handed unchanged to the configuration's command-line provider, as the app itself reads them. Only the
/// `--` forms are taken (the provider also reads `Key=value` and `/Key value`): a stray word or a setting without its
/// value is refused, so that a mistyped command is reported instead of running against the wrong settings.
/// </summary>
public static class SettingArguments
{
    /// <summary>Whether <paramref name="args"/> are all `--Key value` or `--Key=value` settings.</summary>
    public static bool AreWellFormed(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (!IsSetting(args[i]))
            {
                return false;
            }

            if (!args[i].Contains('=', StringComparison.Ordinal) && ++i >= args.Count)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="arg"/> names a setting, so it cannot be a verb's own value (a name, a file).</summary>
    public static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal);
}
