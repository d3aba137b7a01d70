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

    /// <summary>
    /// An enum column sorted in the order its members are declared (a deal's stages in lifecycle order), not by
    /// the names it is stored as: the database sorts by a CASE over the members.
    /// </summary>
    public SortColumns<T> AddInDeclaredOrder<TEnum>(string name, Expression<Func<T, TEnum>> key)
        where TEnum : struct, Enum
    {
        Expression rank = Expression.Constant(int.MaxValue);
        var members = Enum.GetValues<TEnum>();
        for (var i = members.Length - 1; i >= 0; i--)
        {
            rank = Expression.Condition(Expression.Equal(key.Body, Expression.Constant(members[i])), Expression.Constant(i), rank);
        }

        return Add(name, Expression.Lambda<Func<T, int>>(rank, key.Parameters));
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
