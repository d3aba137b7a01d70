namespace PartnerTracker.Application.Common;

/// <summary>Turns what a user typed into a LIKE pattern that matches it literally, anywhere in a column.</summary>
public static class TextSearch
{
    public const char Escape = '\\';

    /// <summary><see cref="Escape"/> as the string EF.Functions.Like takes.</summary>
    public const string EscapeText = "\\";

    /// <summary>Longer text is no search a person means; it is cut rather than sent to the database whole.</summary>
    public const int MaxLength = 200;

    /// <returns>Null when there is nothing to search for.</returns>
    public static string? ContainsPattern(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > MaxLength)
        {
            trimmed = trimmed[..MaxLength];
        }

        // % and _ are LIKE wildcards: a user searching "50%" means the characters, not "50 then anything".
        var escaped = trimmed.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal)
            .Replace("[", @"\[", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
