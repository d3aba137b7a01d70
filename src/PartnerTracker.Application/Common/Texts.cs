namespace PartnerTracker.Application.Common;

/// <summary>How free text is stored and how counts read in messages.</summary>
public static class Texts
{
    /// <summary>Trimmed text, or null when there is none: blank optional fields are stored as null.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>"1 deal", "2 deals".</summary>
    public static string Count(int count, string singular, string plural) => count == 1 ? $"1 {singular}" : $"{count:N0} {plural}";
}
