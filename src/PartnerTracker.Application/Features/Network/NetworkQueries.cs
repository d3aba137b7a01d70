using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Network;

/// <summary>
/// The network page's queries, all aggregated in the database. Edges link the participants of one deal in pairs,
/// except that participants of a deal with principals (equity partners, leads, investors, targets) are linked to
/// the principals, not to each other: Arm, Microsoft and Nvidia are Stargate's technology partners beside one another,
/// but partners of SoftBank, OpenAI and Oracle. A deal without principals (a supply deal, a partnership of equals)
/// links every pair.
/// </summary>
public static class NetworkQueries
{
    public static readonly IReadOnlyList<ParticipantRole> PrincipalRoles =
        [ParticipantRole.EquityPartner, ParticipantRole.FinancialLead, ParticipantRole.TechnologyLead, ParticipantRole.Investor, ParticipantRole.Target];

    /// <summary>The companies taking part in the filtered deals (count them for "of 9,874 companies").</summary>
    public static IQueryable<int> CompanyIds(PartnerTrackerDbContext db, DealFilter filter)
    {
        var dealIds = DealQueries.List(db, filter).Select(d => d.Id);
        return db.DealParticipants.AsNoTracking().Where(p => dealIds.Contains(p.DealId)).Select(p => p.CompanyId).Distinct();
    }

    /// <summary>The <paramref name="limit"/> companies in the most filtered deals (ties: the lower id), with their names.</summary>
    public static IQueryable<NetworkCompanyRow> MostConnected(PartnerTrackerDbContext db, DealFilter filter, int limit)
    {
        var dealIds = DealQueries.List(db, filter).Select(d => d.Id);
        var top = db.DealParticipants.AsNoTracking()
            .Where(p => dealIds.Contains(p.DealId))
            .GroupBy(p => p.CompanyId)
            .Select(g => new { CompanyId = g.Key, Deals = g.Select(p => p.DealId).Distinct().Count() })
            .OrderByDescending(c => c.Deals).ThenBy(c => c.CompanyId).Take(limit);

        // Names joined after the cut: only the kept companies are read from Companies.
        return top.Join(db.Companies, c => c.CompanyId, c => c.Id, (t, c) => new NetworkCompanyRow(c.Id, c.Name, t.Deals));
    }

    /// <summary>The edges among <paramref name="companyIds"/> over the filtered deals, one per pair, kind and certainty.</summary>
    public static IQueryable<NetworkEdge> Edges(PartnerTrackerDbContext db, DealFilter filter, IReadOnlyCollection<int> companyIds)
    {
        var dealIds = DealQueries.List(db, filter).Select(d => d.Id);
        var principals = PrincipalRoles;
        var dealsWithPrincipals = db.DealParticipants.Where(p => principals.Contains(p.Role)).Select(p => p.DealId);

        // One row per company and deal, whatever the number of its roles in it. `DealId + 0` keeps SQLite from
        // driving the lookup by (DealId, CompanyId) -- every filtered deal probed for each of the N companies, 5.9 s
        // for 500 companies at 10k deals -- and makes it start from the N companies' participations through
        // IX_DealParticipants_CompanyId: 105 ms (docs/benchmarks.md, network). Keep it.
        var members = db.DealParticipants.AsNoTracking()
            .Where(p => companyIds.Contains(p.CompanyId) && dealIds.Contains(p.DealId + 0))
            .GroupBy(p => new { p.DealId, p.CompanyId })
            .Select(g => new
            {
                g.Key.DealId,
                g.Key.CompanyId,
                Principal = g.Max(p => principals.Contains(p.Role) ? 1 : 0),
                Certain = g.Max(p => p.Role != ParticipantRole.PotentialPartner && p.Verification != Verification.Rumored ? 1 : 0),
            });

        var pairs =
            from a in members
            join b in members on a.DealId equals b.DealId
            join d in db.Deals on a.DealId equals d.Id
            where a.CompanyId < b.CompanyId && (a.Principal == 1 || b.Principal == 1 || !dealsWithPrincipals.Contains(a.DealId))
            select new
            {
                FromId = a.CompanyId,
                ToId = b.CompanyId,
                d.Kind,
                Potential = a.Certain == 0 || b.Certain == 0 || d.Verification == Verification.Rumored,
                d.ValueUsd,
            };

        return pairs
            .GroupBy(p => new { p.FromId, p.ToId, p.Kind, p.Potential })
            .Select(g => new NetworkEdge(
                g.Key.FromId, g.Key.ToId, g.Key.Kind, g.Key.Potential, g.Count(), g.Sum(p => p.ValueUsd), g.Count(p => p.ValueUsd == null)));
    }
}
