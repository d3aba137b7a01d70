using Bogus;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Synthetic;

/// <summary>A saved synthetic company, as much of it as deals need (ids, and names for deal names and quotes).</summary>
internal sealed record SyntheticCompany(int Id, string Name, string? CountryCode);

internal static class SyntheticCompanies
{
    private static readonly Weighted<string> Countries = new(
        ("US", 30), ("CN", 12), ("JP", 10), ("KR", 8), ("DE", 7), ("GB", 7), ("FR", 5), ("IN", 5),
        ("TW", 4), ("CA", 3), ("IL", 3), ("SG", 2), ("NL", 2), ("SE", 1), ("CH", 1));

    private static readonly Weighted<string> Sectors = new(
        ("Artificial intelligence", 14), ("Semiconductors", 12), ("Cloud computing", 10), ("Internet platforms", 10),
        ("Telecommunications", 8), ("Financial services", 10), ("Automotive", 8), ("Energy", 8),
        ("Biotechnology", 8), ("Consumer electronics", 7), ("Conglomerate", 5));

    /// <summary>Adds and saves the companies (about 10% owned by another, some with an alias), in the order of their popularity.</summary>
    public static async Task<IReadOnlyList<SyntheticCompany>> AddAsync(
        PartnerTrackerDbContext db, Faker faker, int count, CancellationToken cancellationToken)
    {
        var random = faker.Random;
        var normalizedNames = new HashSet<string>(StringComparer.Ordinal);
        var normalizedAliases = new HashSet<string>(StringComparer.Ordinal);
        var companies = new List<Company>(count);
        for (var i = 0; i < count; i++)
        {
            var name = UniqueName(faker.Company.CompanyName(), normalizedNames);
            var company = new Company
            {
                Name = name,
                CountryCode = random.Bool(0.95f) ? Countries.Pick(random) : null,
                Sector = random.Bool(0.9f) ? Sectors.Pick(random) : null,
                Description = faker.Company.CatchPhrase(),
            };

            // Owned by a company made earlier, so ownership never loops.
            if (i > 0 && random.Bool(0.1f))
            {
                company.ParentCompany = companies[random.Int(0, i - 1)];
            }

            // "Kuhn" for "Kuhn LLC", as "SoftBank" stands for "SoftBank Group". Aliases are unique across companies.
            if (random.Bool(0.15f) && AliasFor(name) is { } alias && normalizedAliases.Add(Company.Normalize(alias)))
            {
                company.Aliases.Add(new CompanyAlias { Alias = alias });
            }

            companies.Add(company);
        }

        db.Companies.AddRange(companies);
        await db.SaveChangesAsync(cancellationToken);
        return [.. companies.Select(c => new SyntheticCompany(c.Id, c.Name, c.CountryCode))];
    }

    /// <summary>
    /// Bogus repeats company names; names are unique case-insensitively (the index is on the upper-cased name),
    /// so a repeated name gets the first free number after it: "Kuhn LLC", "Kuhn LLC 2", ...
    /// </summary>
    private static string UniqueName(string candidate, HashSet<string> normalizedNames)
    {
        var name = candidate;
        for (var n = 2; !normalizedNames.Add(Company.Normalize(name)); n++)
        {
            name = $"{candidate} {n}";
        }

        return name;
    }

    /// <returns>The short name of a multi-word name; null for a one-word name, which has no shorter form.</returns>
    private static string? AliasFor(string name)
    {
        var shortName = SyntheticWording.ShortName(name);
        return shortName.Length > 0 && shortName.Length < name.Length ? shortName : null;
    }
}
