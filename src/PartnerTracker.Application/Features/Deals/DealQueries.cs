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
        .AddInDeclaredOrder(nameof(DealListItem.Kind), d => d.Kind)
        .AddInDeclaredOrder(nameof(DealListItem.Stage), d => d.Stage)
        .AddInDeclaredOrder(nameof(DealListItem.Verification), d => d.Verification)
        .Add(nameof(DealListItem.ValueUsd), d => d.ValueUsd)
        .Add(nameof(DealListItem.AnnouncedOnStart), d => d.AnnouncedOn!.Start);

    /// <summary>The deals matching <paramref name="filter"/>, as one SQL query (nothing is filtered in memory).</summary>
    public static IQueryable<Deal> List(PartnerTrackerDbContext db, DealFilter filter)
    {
        var deals = db.Deals.AsNoTracking();
        if (TextSearch.ContainsPattern(filter.Text) is { } pattern)
        {
            // Matching companies first (one scan of Companies), then their deals through the participant index,
            // as `Id IN (...)`: measured 4-5x faster at 100k deals than testing every deal's participants
            // (docs/benchmarks.md). A correlated Participants.Any(...) form was measured 4x slower: keep this shape.
            var escape = TextSearch.Escape.ToString();
            var companyIds = db.Companies
                .Where(c => EF.Functions.Like(c.Name, pattern, escape) || c.Aliases.Any(a => EF.Functions.Like(a.Alias, pattern, escape)))
                .Select(c => c.Id);
            var dealIds = db.DealParticipants.Where(p => companyIds.Contains(p.CompanyId)).Select(p => p.DealId);
            deals = deals.Where(d => EF.Functions.Like(d.Name, pattern, escape) || EF.Functions.Like(d.Summary!, pattern, escape)
                || dealIds.Contains(d.Id));
        }

        if (filter.Kinds.Count > 0)
        {
            deals = deals.Where(d => filter.Kinds.Contains(d.Kind));
        }

        if (filter.Stages.Count > 0)
        {
            deals = deals.Where(d => filter.Stages.Contains(d.Stage));
        }

        if (filter.Verifications.Count > 0)
        {
            deals = deals.Where(d => filter.Verifications.Contains(d.Verification));
        }

        if (!string.IsNullOrWhiteSpace(filter.CountryCode))
        {
            var country = filter.CountryCode.Trim().ToUpperInvariant();
            deals = deals.Where(d => d.CountryCode == country || d.Participants.Any(p => p.Company!.CountryCode == country));
        }

        if (!string.IsNullOrWhiteSpace(filter.Sector))
        {
            var sector = filter.Sector.Trim();
            deals = deals.Where(d => d.Participants.Any(p => p.Company!.Sector == sector));
        }

        if (filter.CompanyId is { } companyId)
        {
            deals = deals.Where(d => d.Participants.Any(p => p.CompanyId == companyId));
        }

        if (filter.AnnouncedFrom is { } from)
        {
            deals = deals.Where(d => d.AnnouncedOn!.Start >= from);
        }

        if (filter.AnnouncedTo is { } to)
        {
            deals = deals.Where(d => d.AnnouncedOn!.Start <= to);
        }

        // Bounds are capped at the largest real value so they always fit the column's precision.
        if (filter.MinValueUsd is { } min)
        {
            var bound = Math.Min(min, Money.MaxAmount);
            deals = deals.Where(d => d.ValueUsd >= bound);
        }

        if (filter.MaxValueUsd is { } max)
        {
            var bound = Math.Min(max, Money.MaxAmount);
            deals = deals.Where(d => d.ValueUsd <= bound);
        }

        if (filter.AnnouncedIn is { } announced)
        {
            if (announced.IsUndated)
            {
                deals = deals.Where(d => d.AnnouncedOn == null);
            }
            else
            {
                var (first, last, precisions) = (announced.Start!.Value, announced.End!.Value, announced.Precisions);
                deals = deals.Where(d => d.AnnouncedOn!.Start >= first && d.AnnouncedOn.Start <= last && precisions.Contains(d.AnnouncedOn.Precision));
            }
        }

        if (filter.ChangedIn is { } changed)
        {
            // The deals first, as `Id IN (...)` (the shape docs/benchmarks.md measured); a first recorded stage is no change.
            // Every stage change has a date, so "changed with no date" holds no deal.
            var (first, last, precisions) = (changed.Start ?? DateOnly.MaxValue, changed.End ?? DateOnly.MinValue, changed.Precisions);
            var changedIds = db.StageChanges
                .Where(s => s.FromStage != null && s.EffectiveOn.Start >= first && s.EffectiveOn.Start <= last && precisions.Contains(s.EffectiveOn.Precision))
                .Select(s => s.DealId);
            deals = deals.Where(d => changedIds.Contains(d.Id));
        }

        if (filter.ValueDisclosed is { } disclosed)
        {
            deals = disclosed ? deals.Where(d => d.ValueUsd != null) : deals.Where(d => d.ValueUsd == null);
        }

        return deals;
    }

    /// <summary>
    /// Other deals of the same kind with exactly the same companies: most likely the same deal logged twice.
    /// </summary>
    public static IQueryable<RelatedDealItem> LikelyDuplicates(PartnerTrackerDbContext db, int dealId)
    {
        var deal = db.Deals.Where(d => d.Id == dealId);
        var companies = db.DealParticipants.Where(p => p.DealId == dealId).Select(p => p.CompanyId).Distinct();
        return db.Deals.AsNoTracking()
            .Where(o => o.Id != dealId
                && deal.Any(d => d.Kind == o.Kind)
                && companies.Any()
                && o.Participants.Select(p => p.CompanyId).Distinct().Count() == companies.Count()
                && o.Participants.Where(p => companies.Contains(p.CompanyId)).Select(p => p.CompanyId).Distinct().Count() == companies.Count())
            .OrderBy(o => o.Name).Take(5)
            .Select(o => new RelatedDealItem(o.Id, o.Name, "Possible duplicate", null));
    }

    /// <summary>The latest stored rate for a currency on or before a date.</summary>
    public static IQueryable<FxRate> LatestRate(PartnerTrackerDbContext db, string currency, DateOnly onOrBefore) =>
        db.FxRates.AsNoTracking().Where(r => r.CurrencyCode == currency && r.Date <= onOrBefore).OrderByDescending(r => r.Date);

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
                ? new RelatedDealItem(l.ToDealId, l.ToDeal!.Name, RelatedDealItem.Describe(l.Kind, true), l.Id)
                : new RelatedDealItem(l.FromDealId, l.FromDeal!.Name, RelatedDealItem.Describe(l.Kind, false), l.Id));
}
