using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// The stored companies, people, products and deals whose names (or aliases) occur in the article. Only the
/// article's candidate names are sent to the database, in batches, never the whole tables; names compare
/// case-insensitively there (upper-cased keys for companies, case-insensitive collation for the rest).
/// </summary>
public sealed class KnownRecords
{
    /// <summary>Keeps each IN list well inside SQL Server's 2,100-parameter limit.</summary>
    public const int BatchSize = 500;

    public static KnownRecords Empty { get; } = new();

    public Dictionary<string, KnownCompany> Companies { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, KnownPerson> People { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, KnownProduct> Products { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, KnownDeal> Deals { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="candidates">Every name-like phrase of the article, as written (possessives removed).</param>
    public static async Task<KnownRecords> LoadAsync(PartnerTrackerDbContext db, IReadOnlyCollection<string> candidates, CancellationToken cancellationToken)
    {
        var known = new KnownRecords();
        foreach (var batch in candidates.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(BatchSize))
        {
            var upper = batch.Select(Company.Normalize).ToList();
            foreach (var c in await CompaniesNamed(db, upper).ToListAsync(cancellationToken))
            {
                known.Companies.TryAdd(c.Name, new KnownCompany(c.Id, c.Name, c.Name));
                foreach (var alias in c.Aliases)
                {
                    known.Companies.TryAdd(alias.Text, new KnownCompany(c.Id, c.Name, alias.Text));
                }
            }

            foreach (var p in await PeopleNamed(db, batch).ToListAsync(cancellationToken))
            {
                known.People.TryAdd(p.FullName, p);
                if (p.NativeName is { } native)
                {
                    known.People.TryAdd(native, p);
                }
            }

            foreach (var p in await ProductsNamed(db, batch).ToListAsync(cancellationToken))
            {
                known.Products.TryAdd(p.Name, p);
            }

            foreach (var d in await DealsNamed(db, batch).ToListAsync(cancellationToken))
            {
                known.Deals.TryAdd(d.Name, d);
            }
        }

        return known;
    }

    /// <summary>Companies whose name or an alias is one of the upper-cased names, with their aliases.</summary>
    public static IQueryable<Companies.CompanyCandidate> CompaniesNamed(PartnerTrackerDbContext db, IReadOnlyCollection<string> upperNames) =>
        db.Companies.AsNoTracking()
            .Where(c => upperNames.Contains(c.NormalizedName) || c.Aliases.Any(a => upperNames.Contains(a.NormalizedAlias)))
            .OrderBy(c => c.Id)
            .Select(c => new Companies.CompanyCandidate(c.Id, c.Name, c.NormalizedName, c.Aliases.Select(a => new Companies.CompanyCandidate.Alias(a.Alias, a.NormalizedAlias)).ToList()));

    public static IQueryable<KnownPerson> PeopleNamed(PartnerTrackerDbContext db, IReadOnlyCollection<string> names) =>
        db.People.AsNoTracking().Where(p => names.Contains(p.FullName) || names.Contains(p.NativeName!))
            .Select(p => new KnownPerson(p.Id, p.FullName, p.NativeName, p.Title, p.CompanyId));

    public static IQueryable<KnownProduct> ProductsNamed(PartnerTrackerDbContext db, IReadOnlyCollection<string> names) =>
        db.Products.AsNoTracking().Where(p => names.Contains(p.Name)).Select(p => new KnownProduct(p.Id, p.Name, p.CompanyId));

    public static IQueryable<KnownDeal> DealsNamed(PartnerTrackerDbContext db, IReadOnlyCollection<string> names) =>
        db.Deals.AsNoTracking().Where(d => names.Contains(d.Name)).Select(d => new KnownDeal(d.Id, d.Name));
}

/// <param name="Text">The name or alias that matched.</param>
public sealed record KnownCompany(int Id, string Name, string Text);

public sealed record KnownPerson(int Id, string FullName, string? NativeName, string? Title, int? CompanyId);

public sealed record KnownProduct(int Id, string Name, int CompanyId);

public sealed record KnownDeal(int Id, string Name);
