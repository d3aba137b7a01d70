using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.People;

/// <summary>A person as an autocomplete proposes them.</summary>
public sealed record PersonMatch(int Id, string FullName, string? Title, string? CompanyName)
{
    public override string ToString() =>
        (Title, CompanyName) switch
        {
            (null, null) => FullName,
            (null, { } company) => $"{FullName} ({company})",
            ({ } title, null) => $"{FullName} ({title})",
            ({ } title, { } company) => $"{FullName} ({title}, {company})",
        };
}

/// <summary>Finds people whose name (or native name) contains what was typed, in the database, top N by name.</summary>
public static class PersonLookup
{
    public const int MaxResults = 50;

    public static IQueryable<PersonMatch> Find(PartnerTrackerDbContext db, string? text, int max)
    {
        var people = db.People.AsNoTracking();
        if (TextSearch.ContainsPattern(text) is { } pattern)
        {
            people = people.Where(p => EF.Functions.Like(p.FullName, pattern, TextSearch.Escape.ToString())
                || EF.Functions.Like(p.NativeName!, pattern, TextSearch.Escape.ToString()));
        }

        return people.OrderBy(p => p.FullName).ThenBy(p => p.Id).Take(Math.Clamp(max, 1, MaxResults))
            .Select(p => new PersonMatch(p.Id, p.FullName, p.Title, p.Company!.Name));
    }
}
