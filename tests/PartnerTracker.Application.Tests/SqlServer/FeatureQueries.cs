using AutoMapper;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Tests.SqlServer;

/// <summary>
/// Every query a feature runs, registered once. Each is translated for SQL Server and parsed as T-SQL, and
/// executed on SQLite over the seed data. A new feature query is one more line here.
/// </summary>
internal static class FeatureQueries
{
    private const int DealId = 1;

    public static readonly Dictionary<string, Func<PartnerTrackerDbContext, IConfigurationProvider, IQueryable>> All = new()
    {
        ["Deals.Count"] = (db, _) => DealQueries.Filtered(db, new DealListQuery()),
        ["Deals.Page by name"] = (db, m) => DealQueries.Page(db, new DealListQuery(), m),
        ["Deals.Page by value desc"] = (db, m) => DealQueries.Page(db, new DealListQuery(0, 10, DealSortField.ValueUsd, Descending: true), m),
        ["Deals.Page by announced"] = (db, m) => DealQueries.Page(db, new DealListQuery(0, 50, DealSortField.AnnouncedOn), m),
        ["Deals.Page by stage"] = (db, m) => DealQueries.Page(db, new DealListQuery(0, 25, DealSortField.Stage), m),
        ["Deals.Header"] = (db, m) => DealQueries.Header(db, DealId, m),
        ["Deals.Participants"] = (db, m) => DealQueries.Participants(db, DealId, m),
        ["Deals.People"] = (db, m) => DealQueries.People(db, DealId, m),
        ["Deals.Products"] = (db, m) => DealQueries.Products(db, DealId, m),
        ["Deals.StageHistory"] = (db, m) => DealQueries.StageHistory(db, DealId, m),
        ["Deals.Citations"] = (db, m) => DealQueries.Citations(db, DealId, m),
        ["Deals.Events"] = (db, m) => DealQueries.Events(db, DealId, m),
        ["Deals.SubDeals"] = (db, _) => DealQueries.SubDeals(db, DealId),
        ["Deals.LinkedDeals"] = (db, _) => DealQueries.LinkedDeals(db, DealId),
        ["Dashboard.DealTotals"] = (db, _) => DashboardQueries.DealTotals(db),
    };

    public static TheoryData<string> Names => new(All.Keys);
}
