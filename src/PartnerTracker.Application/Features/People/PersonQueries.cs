using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
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

    public static IQueryable<Person> List(PartnerTrackerDbContext db) => db.People.AsNoTracking();
}
