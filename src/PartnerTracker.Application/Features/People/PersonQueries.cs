using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.People;

public static class PersonQueries
{
    public static readonly SortColumns<Person> Sort = new SortColumns<Person>(nameof(PersonListItem.FullName), p => p.Id)
        .Add(nameof(PersonListItem.FullName), p => p.FullName)
        .Add(nameof(PersonListItem.Title), p => p.Title)
        .Add(nameof(PersonListItem.CompanyName), p => p.Company!.Name)
        .Add(nameof(PersonListItem.DealCount), p => p.DealRoles.Select(r => r.DealId).Distinct().Count())
        .Add(nameof(PersonListItem.EventCount), p => p.EventsAttended.Count);

    /// <summary>People whose name, native name or title contains <paramref name="search"/> (all when it is empty).</summary>
    public static IQueryable<Person> List(PartnerTrackerDbContext db, string? search = null) =>
        TextSearch.ContainsPattern(search) is not { } pattern
            ? db.People.AsNoTracking()
            : db.People.AsNoTracking().Where(p => EF.Functions.Like(p.FullName, pattern, TextSearch.EscapeText)
                || EF.Functions.Like(p.NativeName!, pattern, TextSearch.EscapeText) || EF.Functions.Like(p.Title!, pattern, TextSearch.EscapeText));

    public static IQueryable<PersonHeader> Header(PartnerTrackerDbContext db, int personId, IConfigurationProvider mapping) =>
        db.People.AsNoTracking().Where(p => p.Id == personId).ProjectTo<PersonHeader>(mapping);

    public static IQueryable<PersonDealItem> Deals(PartnerTrackerDbContext db, int personId, IConfigurationProvider mapping) =>
        db.DealPeople.AsNoTracking().Where(r => r.PersonId == personId).OrderBy(r => r.Deal!.Name).ThenBy(r => r.Role)
            .ProjectTo<PersonDealItem>(mapping);

    public static IQueryable<PersonEventItem> Events(PartnerTrackerDbContext db, int personId, IConfigurationProvider mapping) =>
        db.EventAttendees.AsNoTracking().Where(a => a.PersonId == personId).OrderBy(a => a.Event!.Date.Start).ThenBy(a => a.Event!.Name)
            .ProjectTo<PersonEventItem>(mapping);

    /// <summary>Citations about the person and about their roles on deals.</summary>
    public static IQueryable<DealCitationItem> Citations(PartnerTrackerDbContext db, int personId, IConfigurationProvider mapping) =>
        db.Citations.AsNoTracking().Where(c => c.PersonId == personId || c.DealPerson!.PersonId == personId).OrderBy(c => c.Id)
            .ProjectTo<DealCitationItem>(mapping);
}
