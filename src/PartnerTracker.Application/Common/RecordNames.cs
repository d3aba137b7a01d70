using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Common;

/// <summary>A record as a message or a picker names it.</summary>
public sealed record IdName(int Id, string Name);

/// <summary>
/// The names of records a form refers to by id: one small query per kind that both proves the ids exist and
/// gives the names that messages and conflicts show.
/// </summary>
public static class RecordNames
{
    /// <summary>No form links more records of one kind than this; a longer list is forged or a mistake.</summary>
    public const int MaxPerList = 200;

    public static IQueryable<IdName> Companies(PartnerTrackerDbContext db, IReadOnlyCollection<int> ids) =>
        db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Name).Select(c => new IdName(c.Id, c.Name));

    public static IQueryable<IdName> People(PartnerTrackerDbContext db, IReadOnlyCollection<int> ids) =>
        db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.FullName).Select(p => new IdName(p.Id, p.FullName));

    public static IQueryable<IdName> Deals(PartnerTrackerDbContext db, IReadOnlyCollection<int> ids) =>
        db.Deals.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Name).Select(d => new IdName(d.Id, d.Name));

    /// <summary>The names, in name order, joined for reading ("Chung Shin-a, Sam Altman"); null for no ids.</summary>
    public static async Task<string?> JoinAsync(IQueryable<IdName> named, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return null;
        }

        var found = await named.ToListAsync(cancellationToken);
        var missing = ids.Distinct().Except(found.Select(f => f.Id)).Select(id => $"#{id}");
        return string.Join(", ", found.Select(f => f.Name).Concat(missing));
    }

    /// <summary>The company's name, for a conflict; null for none.</summary>
    public static async Task<string?> CompanyAsync(PartnerTrackerDbContext db, int? companyId, CancellationToken cancellationToken) =>
        companyId is { } id ? await JoinAsync(Companies(db, [id]), [id], cancellationToken) : null;

    /// <summary>The message for a company id that does not exist; null for none or one that does.</summary>
    public static async Task<string?> CheckCompanyAsync(PartnerTrackerDbContext db, int? companyId, CancellationToken cancellationToken) =>
        companyId is { } id ? await CheckAsync([id], ids => Companies(db, ids), "company", cancellationToken) : null;

    /// <summary>
    /// Checks a list of ids a form sends: not too many, none twice, and each one a record that exists.
    /// </summary>
    /// <param name="noun">How the message names one record ("person", "company", "deal").</param>
    /// <returns>The message for the field, or null when every id is fine.</returns>
    public static async Task<string?> CheckAsync(
        IReadOnlyList<int> ids, Func<IReadOnlyCollection<int>, IQueryable<IdName>> lookup, string noun, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return null;
        }

        if (ids.Count > MaxPerList)
        {
            return $"At most {MaxPerList} of them can be linked here (the list has {ids.Count:N0}).";
        }

        var distinct = ids.Distinct().ToList();
        var found = await lookup(distinct).ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        var missing = distinct.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            return missing.Count == 1
                ? $"No {noun} has the id {missing[0]}; someone may have deleted it. Pick again from the list."
                : $"No {noun} has the ids {string.Join(", ", missing)}; someone may have deleted them. Pick again from the list.";
        }

        var twice = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => found[g.Key]).ToList();
        return twice.Count > 0 ? $"{string.Join(", ", twice)} {(twice.Count == 1 ? "is" : "are")} listed twice." : null;
    }
}
