using System.Linq.Expressions;

namespace PartnerTracker.Application.Common;

/// <summary>
/// The columns one list can be sorted by, keyed by the DTO property the grid sends, each with the entity
/// expression that sorts it in the database. A tie-breaker (the id) keeps paging stable when values repeat.
/// </summary>
public sealed class SortColumns<T>
{
    private readonly Dictionary<string, LambdaExpression> columns = new(StringComparer.Ordinal);
    private readonly string defaultColumn;
    private readonly Expression<Func<T, int>> tieBreaker;

    public SortColumns(string defaultColumn, Expression<Func<T, int>> tieBreaker)
    {
        this.defaultColumn = defaultColumn;
        this.tieBreaker = tieBreaker;
    }

    public IEnumerable<string> Names => columns.Keys;

    public SortColumns<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        columns.Add(name, key);
        return this;
    }

    /// <summary>Orders by the named column (or the default one when the name is unknown), then by the tie-breaker.</summary>
    public IOrderedQueryable<T> Apply(IQueryable<T> source, string? sortBy, bool descending)
    {
        var key = sortBy is not null && columns.TryGetValue(sortBy, out var named) ? named : columns[defaultColumn];
        var call = Expression.Call(
            typeof(Queryable),
            descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy),
            [typeof(T), key.ReturnType],
            source.Expression,
            Expression.Quote(key));
        return ((IOrderedQueryable<T>)source.Provider.CreateQuery<T>(call)).ThenBy(tieBreaker);
    }
}
