using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>
/// The queries of the Deals feature as composable IQueryables, so that the service runs them and the tests
/// translate the very same expressions for SQL Server.
/// </summary>
public static class DealQueries
{
    /// <summary>The deals list's sortable columns, by <see cref="DealListItem"/> property.</summary>
    public static readonly SortColumns<Deal> Sort = new SortColumns<Deal>(nameof(DealListItem.Name), d => d.Id)
        .Add(nameof(DealListItem.Name), d => d.Name)
        .Add(nameof(DealListItem.Kind), d => d.Kind)
        .Add(nameof(DealListItem.Stage), d => d.Stage)
        .Add(nameof(DealListItem.Verification), d => d.Verification)
        .Add(nameof(DealListItem.ValueUsd), d => d.ValueUsd)
        .Add(nameof(DealListItem.AnnouncedOnStart), d => d.AnnouncedOn!.Start);

    /// <summary>The deals the list shows (filters arrive with the analyst workspace).</summary>
    public static IQueryable<Deal> List(PartnerTrackerDbContext db) => db.Deals.AsNoTracking();

    public static IQueryable<DealHeader> Header(PartnerTrackerDbContext db, int dealId, IConfigurationProvider mapping) =>
        db.Deals.AsNoTracking().Where(d => d.Id == dealId).ProjectTo<DealHeader>(mapping);

    public static IQueryable<DealParticipantItem> Participants(PartnerTrackerDbContext db, int dealId, IConfigurationProvider mapping) =>
        db.DealParticipants.AsNoTracking().Where(p => p.DealId == dealId)
            .OrderBy(p => p.Company!.Name).ThenBy(p => p.Role)
            .ProjectTo<DealParticipantItem>(mapping);

    public static IQueryable<DealPersonItem> People(PartnerTrackerDbContext db, int dealId, IConfigurationProvider mapping) =>
        db.DealPeople.AsNoTracking().Where(p => p.DealId == dealId).OrderBy(p => p.Person!.FullName)
            .ProjectTo<DealPersonItem>(mapping);

    public static IQueryable<DealProductItem> Products(PartnerTrackerDbContext db, int dealId, IConfigurationProvider mapping) =>
        db.DealProducts.AsNoTracking().Where(p => p.DealId == dealId).OrderBy(p => p.Product!.Name)
            .ProjectTo<DealProductItem>(mapping);

    public static IQueryable<StageChangeItem> StageHistory(PartnerTrackerDbContext db, int dealId, IConfigurationProvider mapping) =>
        db.StageChanges.AsNoTracking().Where(s => s.DealId == dealId)
            .OrderBy(s => s.EffectiveOn.Start).ThenBy(s => s.RecordedAtUtc)
            .ProjectTo<StageChangeItem>(mapping);

    public static IQueryable<DealCitationItem> Citations(PartnerTrackerDbContext db, int dealId, IConfigurationProvider mapping) =>
        db.Citations.AsNoTracking().Where(c => c.DealId == dealId).OrderBy(c => c.Id)
            .ProjectTo<DealCitationItem>(mapping);

    public static IQueryable<DealEventItem> Events(PartnerTrackerDbContext db, int dealId, IConfigurationProvider mapping) =>
        db.EventDeals.AsNoTracking().Where(e => e.DealId == dealId).OrderBy(e => e.Event!.Date.Start)
            .ProjectTo<DealEventItem>(mapping);

    public static IQueryable<RelatedDealItem> SubDeals(PartnerTrackerDbContext db, int dealId) =>
        db.Deals.AsNoTracking().Where(d => d.ParentDealId == dealId).OrderBy(d => d.Name)
            .Select(d => new RelatedDealItem(d.Id, d.Name, "Sub-deal"));

    public static IQueryable<RelatedDealItem> LinkedDeals(PartnerTrackerDbContext db, int dealId) =>
        db.DealLinks.AsNoTracking().Where(l => l.FromDealId == dealId || l.ToDealId == dealId)
            .Select(l => l.FromDealId == dealId
                ? new RelatedDealItem(l.ToDealId, l.ToDeal!.Name, RelatedDealItem.Describe(l.Kind, true))
                : new RelatedDealItem(l.FromDealId, l.FromDeal!.Name, RelatedDealItem.Describe(l.Kind, false)));
}
