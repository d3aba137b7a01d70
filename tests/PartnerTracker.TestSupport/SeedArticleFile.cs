namespace PartnerTracker.TestSupport;

/// <summary>Finds the original article in shared/seeds, beside the repository (as CI lays it out) or above it.</summary>
public static class SeedArticleFile
{
    public const string FileName = "joongang-2025-02-04-samsung-openai-softbank.txt";

    /// <returns>The path, or null when no shared/seeds folder is found above the test's folder.</returns>
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
