using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Products;

public static class ProductQueries
{
    public static readonly SortColumns<Product> Sort = new SortColumns<Product>(nameof(ProductListItem.Name), p => p.Id)
        .Add(nameof(ProductListItem.Name), p => p.Name)
        .Add(nameof(ProductListItem.CompanyName), p => p.Company!.Name)
        .AddInDeclaredOrder(nameof(ProductListItem.Kind), p => p.Kind)
        .Add(nameof(ProductListItem.ReleaseStart), p => p.Release!.Start);

    /// <summary>Products whose name or owner's name contains <paramref name="search"/> (all when it is empty).</summary>
    public static IQueryable<Product> List(PartnerTrackerDbContext db, string? search = null) =>
        TextSearch.ContainsPattern(search) is not { } pattern
            ? db.Products.AsNoTracking()
            : db.Products.AsNoTracking().Where(p => EF.Functions.Like(p.Name, pattern, TextSearch.EscapeText)
                || EF.Functions.Like(p.Company!.Name, pattern, TextSearch.EscapeText));

    public static IQueryable<ProductHeader> Header(PartnerTrackerDbContext db, int productId, IConfigurationProvider mapping) =>
        db.Products.AsNoTracking().Where(p => p.Id == productId).ProjectTo<ProductHeader>(mapping);

    public static IQueryable<ProductDealItem> Deals(PartnerTrackerDbContext db, int productId, IConfigurationProvider mapping) =>
        db.DealProducts.AsNoTracking().Where(r => r.ProductId == productId).OrderBy(r => r.Deal!.Name).ThenBy(r => r.Role)
            .ProjectTo<ProductDealItem>(mapping);

    /// <summary>Citations about the product and about its roles in deals.</summary>
    public static IQueryable<DealCitationItem> Citations(PartnerTrackerDbContext db, int productId, IConfigurationProvider mapping) =>
        db.Citations.AsNoTracking().Where(c => c.ProductId == productId || c.DealProduct!.ProductId == productId).OrderBy(c => c.Id)
            .ProjectTo<DealCitationItem>(mapping);

    /// <summary>
    /// Another product of the company with this name. The comparison uses the column's collation, as the unique
    /// index does (case-insensitive on both providers), so what this finds is exactly what the index would refuse.
    /// </summary>
    public static IQueryable<ProductMatch> SameName(PartnerTrackerDbContext db, int companyId, string name, int? exceptId) =>
        db.Products.AsNoTracking().Where(p => p.CompanyId == companyId && p.Name == name && p.Id != exceptId)
            .Select(p => new ProductMatch(p.Id, p.Name, p.Company!.Name));
}
