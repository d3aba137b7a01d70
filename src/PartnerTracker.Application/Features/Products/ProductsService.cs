using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Products;

/// <summary>Reads for the products list, the product page and product pickers; one short-lived context per call.</summary>
public sealed class ProductsService(IDbContextFactory<PartnerTrackerDbContext> contexts, IMapper mapper)
{
    public async Task<PagedResult<ProductListItem>> GetPageAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ProductQueries.List(db, request.Search).ToPagedResultAsync<Product, ProductListItem>(request, ProductQueries.Sort, mapper.ConfigurationProvider, cancellationToken);
    }

    /// <returns>Null when no product has that id.</returns>
    public async Task<ProductDetails?> GetDetailsAsync(int productId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mapping = mapper.ConfigurationProvider;
        var header = await ProductQueries.Header(db, productId, mapping).SingleOrDefaultAsync(cancellationToken);
        return header is null
            ? null
            : new ProductDetails(
                header,
                await ProductQueries.Deals(db, productId, mapping).ToListAsync(cancellationToken),
                await ProductQueries.Citations(db, productId, mapping).ToListAsync(cancellationToken));
    }

    /// <summary>Products whose name contains what was typed, with their owners, for autocompletes.</summary>
    public async Task<IReadOnlyList<ProductMatch>> FindAsync(string? text, int max = 10, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ProductLookup.Find(db, text, max).ToListAsync(cancellationToken);
    }
}
