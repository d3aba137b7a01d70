using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;

namespace PartnerTracker.Application.Common;

public static class Paging
{
    /// <summary>Sorts, pages and projects in the database: only one page of DTO columns is ever read.</summary>
    public static IQueryable<TDto> Page<T, TDto>(this IQueryable<T> source, ListRequest request, SortColumns<T> sort, IConfigurationProvider mapping) =>
        sort.Apply(source, request.SortBy, request.Descending).Skip(request.Skip).Take(request.Take).ProjectTo<TDto>(mapping);

    /// <summary>The total of the filtered list and the requested page of it.</summary>
    public static async Task<PagedResult<TDto>> ToPagedResultAsync<T, TDto>(
        this IQueryable<T> source, ListRequest request, SortColumns<T> sort, IConfigurationProvider mapping, CancellationToken cancellationToken)
    {
        var total = await source.CountAsync(cancellationToken);
        var items = await source.Page<T, TDto>(request, sort, mapping).ToListAsync(cancellationToken);
        return new PagedResult<TDto>(items, total);
    }
}
