using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Products;

/// <summary>A product as an autocomplete proposes it, with its owner ("Kanana (Kakao)").</summary>
public sealed record ProductMatch(int Id, string Name, string CompanyName)
{
    public override string ToString() => $"{Name} ({CompanyName})";
}

/// <summary>Finds products whose name contains what was typed, in the database, top N by name.</summary>
public static class ProductLookup
{
    public const int MaxResults = 50;

    public static IQueryable<ProductMatch> Find(PartnerTrackerDbContext db, string? text, int max)
    {
        var products = db.Products.AsNoTracking();
        if (TextSearch.ContainsPattern(text) is { } pattern)
        {
            products = products.Where(p => EF.Functions.Like(p.Name, pattern, TextSearch.Escape.ToString()));
        }

        return products.OrderBy(p => p.Name).ThenBy(p => p.Company!.Name).ThenBy(p => p.Id).Take(Math.Clamp(max, 1, MaxResults))
            .Select(p => new ProductMatch(p.Id, p.Name, p.Company!.Name));
    }
}
