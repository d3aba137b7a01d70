using AutoMapper;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Accounts;
using PartnerTracker.Application.Features.ArticleAssistant;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Events;
using PartnerTracker.Application.Features.Export;
using PartnerTracker.Application.Features.History;
using PartnerTracker.Application.Features.Import;
using PartnerTracker.Application.Features.Network;
using PartnerTracker.Application.Features.People;
using PartnerTracker.Application.Features.Products;
using PartnerTracker.Application.Features.Sources;
using PartnerTracker.Application.Features.Timelines;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Tests.SqlServer;

/// <summary>
/// Every query a feature runs, registered once. Each is translated for SQL Server and parsed as T-SQL, and
/// executed on SQLite over the seed data. A new feature query is one more line here; a list is registered once
/// and yields one query per sortable column, each direction.
/// </summary>
internal static class FeatureQueries
{
    private const int DealId = 1;

    public static readonly Dictionary<string, Func<PartnerTrackerDbContext, IConfigurationProvider, IQueryable>> All = new()
    {
        ["Deals.Header"] = (db, m) => DealQueries.Header(db, DealId, m),
        ["History.Page"] = (db, _) => HistoryQueries.Page(db, "Deal", DealId, new ListRequest()),
        ["History.Page by user"] = (db, _) => HistoryQueries.Page(db, "Deal", DealId, new ListRequest(SortBy: nameof(HistoryItem.UserName), Descending: true)),
        ["History.Page by field"] = (db, _) => HistoryQueries.Page(db, "Company", 1, new ListRequest(1, 10, nameof(HistoryItem.Field))),
        ["Accounts.UsersPage"] = (db, _) => UserQueries.UsersPage(db, new ListRequest() { Search = "ana" }),
        ["Accounts.UsersPage by role"] = (db, _) => UserQueries.UsersPage(db, new ListRequest(SortBy: nameof(UserListItem.Role), Descending: true)),
        ["Deals.Participants"] = (db, m) => DealQueries.Participants(db, DealId, m),
        ["Deals.People"] = (db, m) => DealQueries.People(db, DealId, m),
        ["Deals.Products"] = (db, m) => DealQueries.Products(db, DealId, m),
        ["Deals.StageHistory"] = (db, m) => DealQueries.StageHistory(db, DealId, m),
        ["Deals.Citations"] = (db, m) => DealQueries.Citations(db, DealId, m),
        ["Deals.Events"] = (db, m) => DealQueries.Events(db, DealId, m),
        ["Deals.SubDeals"] = (db, _) => DealQueries.SubDeals(db, DealId),
        ["Deals.LinkedDeals"] = (db, _) => DealQueries.LinkedDeals(db, DealId),
        ["Deals.LikelyDuplicates"] = (db, _) => DealQueries.LikelyDuplicates(db, DealId),
        ["Companies.Sectors"] = (db, _) => CompanyQueries.Sectors(db),
        ["Companies.Name"] = (db, _) => CompanyQueries.Name(db, 1),
        ["Sources.Details"] = (db, _) => SourceQueries.Details(db, 1),
        ["Sources.Facts"] = (db, _) => SourceQueries.Facts(db, 1),
        ["Sources.Find"] = (db, _) => SourceQueries.Find(db, "JoongAng"),
        ["Deals.LatestRate"] = (db, _) => DealQueries.LatestRate(db, "KRW", new DateOnly(2025, 2, 4)),
        ["Companies.Page profile"] = (db, _) => CompanyOverviewQueries.Profile(db, 1),
        ["Companies.Page aliases"] = (db, _) => CompanyOverviewQueries.Aliases(db, 1),
        ["Companies.Page subsidiaries"] = (db, _) => CompanyOverviewQueries.Subsidiaries(db, 1),
        ["Companies.Page deals"] = (db, _) => CompanyOverviewQueries.Deals(db, 1),
        ["Companies.Page partners"] = (db, _) => CompanyOverviewQueries.Partners(db, 1),
        ["Companies.Page people"] = (db, _) => CompanyOverviewQueries.People(db, 1),
        ["Companies.Page stage changes"] = (db, _) => CompanyOverviewQueries.StageChanges(db, 1),
        ["Companies.Page announcements"] = (db, _) => CompanyOverviewQueries.Announcements(db, 1),
        ["Companies.Page events"] = (db, _) => CompanyOverviewQueries.Events(db, 1),
        ["Companies.Page quotes"] = (db, _) => CompanyOverviewQueries.Quotes(db, 1),
        ["Companies.Lookup candidates"] = (db, _) => CompanyLookup.Candidates(db, "KAKOA 50%"),
        ["People.Header"] = (db, m) => PersonQueries.Header(db, 1, m),
        ["People.Deals"] = (db, m) => PersonQueries.Deals(db, 1, m),
        ["People.Events"] = (db, m) => PersonQueries.Events(db, 1, m),
        ["People.Citations"] = (db, m) => PersonQueries.Citations(db, 1, m),
        ["People.Lookup"] = (db, _) => PersonLookup.Find(db, "Sam_50%", 10),
        ["People.Lookup everyone"] = (db, _) => PersonLookup.Find(db, null, 10),
        ["Products.Header"] = (db, m) => ProductQueries.Header(db, 1, m),
        ["Products.Deals"] = (db, m) => ProductQueries.Deals(db, 1, m),
        ["Products.Citations"] = (db, m) => ProductQueries.Citations(db, 1, m),
        ["Products.SameName"] = (db, _) => ProductQueries.SameName(db, 1, "Kanana", 2),
        ["Products.SameName for a new product"] = (db, _) => ProductQueries.SameName(db, 1, "Kanana", null),
        ["Products.Lookup"] = (db, _) => ProductLookup.Find(db, "Kan[a]_%", 10),
        ["Events.Header"] = (db, m) => EventQueries.Header(db, 1, m),
        ["Events.Attendees"] = (db, m) => EventQueries.Attendees(db, 1, m),
        ["Events.Companies"] = (db, m) => EventQueries.Companies(db, 1, m),
        ["Events.Deals"] = (db, m) => EventQueries.Deals(db, 1, m),
        ["Events.Citations"] = (db, m) => EventQueries.Citations(db, 1, m),
        ["RecordNames.Companies"] = (db, _) => RecordNames.Companies(db, [1, 2, 9_999]),
        ["RecordNames.People"] = (db, _) => RecordNames.People(db, [1, 2, 9_999]),
        ["RecordNames.Deals"] = (db, _) => RecordNames.Deals(db, [1, 2, 9_999]),
        ["Export.Deals"] = (db, m) => DealExportQueries.Deals(db, DealFilter.None, new ListRequest(), m),
        ["Export.Deals filtered and sorted"] = (db, m) => DealExportQueries.Deals(db, EveryDealFilter!, new ListRequest(SortBy: nameof(DealListItem.ValueUsd), Descending: true), m),
        ["Export.ParticipantsOf"] = (db, m) => DealExportQueries.ParticipantsOf(db, [1, 2, 9_999], m),
        ["Export.Participants"] = (db, m) => DealExportQueries.Participants(db, EveryDealFilter!, m),
        ["Import.CompaniesNamed"] = (db, _) => DealImportQueries.CompaniesNamed(db, ["OPENAI", "KAKAO"]),
        ["Import.CompaniesAliased"] = (db, _) => DealImportQueries.CompaniesAliased(db, ["SOFTBANK"]),
        ["Import.DealsNamed"] = (db, _) => DealImportQueries.DealsNamed(db, ["Stargate", "x"]),
        ["Import.Rates"] = (db, _) => DealImportQueries.Rates(db, ["KRW", "EUR"], [new DateOnly(2025, 2, 4)]),
        ["ArticleAssistant.CompaniesNamed"] = (db, _) => KnownRecords.CompaniesNamed(db, ["SOFTBANK", "OPENAI", "50%_"]),
        ["ArticleAssistant.PeopleNamed"] = (db, _) => KnownRecords.PeopleNamed(db, ["Sam Altman", "이재용"]),
        ["ArticleAssistant.ProductsNamed"] = (db, _) => KnownRecords.ProductsNamed(db, ["Kanana", "KakaoTalk"]),
        ["ArticleAssistant.DealsNamed"] = (db, _) => KnownRecords.DealsNamed(db, ["Stargate"]),
        ["ArticleAssistant.DealsWithAll"] = (db, _) => ArticleAssistantQueries.DealsWithAll(db, [1, 2]),
        ["ArticleAssistant.RecordedParticipants"] = (db, _) => ArticleAssistantQueries.RecordedParticipants(db, DealId),
        ["ArticleAssistant.RecordedProducts"] = (db, _) => ArticleAssistantQueries.RecordedProducts(db, DealId),
        ["ArticleAssistant.RecordedPeople"] = (db, _) => ArticleAssistantQueries.RecordedPeople(db, DealId),
        ["ArticleAssistant.EventsOn"] = (db, _) => ArticleAssistantQueries.EventsOn(db, new DateOnly(2025, 2, 4), [1, 2]),
        ["ArticleAssistant.SameSource by URL"] = (db, _) => ArticleAssistantQueries.SameSource(db, "https://example.org/a", "t"),
        ["ArticleAssistant.SameSource by title"] = (db, _) => ArticleAssistantQueries.SameSource(db, null, "Samsung, OpenAI"),
    };

    static FeatureQueries()
    {
        // Registered here, after EveryDealFilter exists.
        All["Network.Companies in filter"] = (db, _) => NetworkQueries.CompanyIds(db, EveryDealFilter);
        All["Network.Most connected"] = (db, _) => NetworkQueries.MostConnected(db, DealFilter.None, 100);
        All["Network.Most connected filtered"] = (db, _) => NetworkQueries.MostConnected(db, EveryDealFilter, 100);
        All["Network.Edges"] = (db, _) => NetworkQueries.Edges(db, DealFilter.None, [1, 2, 3, 4, 5, 6, 7, 8]);
        All["Network.Edges filtered"] = (db, _) => NetworkQueries.Edges(db, EveryDealFilter, [1, 2, 3]);
        var quarter = new ChangePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31));
        All["Timelines.Changes count"] = (db, _) => ChangeQueries.InPeriod(db, quarter).GroupBy(_ => 1).Select(g => g.Count());
        All["Timelines.Changes latest first"] = (db, _) => ChangeQueries.Sorted(ChangeQueries.InPeriod(db, quarter), latestFirst: true).Skip(25).Take(25);
        All["Timelines.Changes oldest first"] = (db, _) => ChangeQueries.Sorted(ChangeQueries.InPeriod(db, quarter), latestFirst: false).Take(25);
        AddList<PartnerTracker.Domain.Deal, DealListItem>("Deals", db => DealQueries.List(db, DealFilter.None), DealQueries.Sort);
        AddList<PartnerTracker.Domain.Deal, DealListItem>("Deals filtered by everything", db => DealQueries.List(db, EveryDealFilter), DealQueries.Sort);
        AddDashboard("Dashboard", DealFilter.None);
        AddDashboard("Dashboard filtered by everything", EveryDealFilter);
        AddDashboard("Dashboard of one company's year-only and undated deals", new DealFilter { CompanyId = 1, AnnouncedIn = Period.YearOnly(2025) });
        All["Deals announced with no date.Count"] = (db, _) => DashboardQueries.Count(db, new DealFilter { AnnouncedIn = Period.Undated, ValueDisclosed = false });
        AddList<PartnerTracker.Domain.Company, CompanyListItem>("Companies", db => CompanyQueries.List(db), CompanyQueries.Sort);
        AddList<PartnerTracker.Domain.Company, CompanyListItem>("Companies searched", db => CompanyQueries.List(db, "50%_", "kr", "Semiconductors"), CompanyQueries.Sort);
        AddList<PartnerTracker.Domain.Person, PersonListItem>("People", db => PersonQueries.List(db), PersonQueries.Sort);
        AddList<PartnerTracker.Domain.Person, PersonListItem>("People searched", db => PersonQueries.List(db, "CEO"), PersonQueries.Sort);
        AddList<PartnerTracker.Domain.Event, EventListItem>("Events", db => EventQueries.List(db), EventQueries.Sort);
        AddList<PartnerTracker.Domain.Event, EventListItem>("Events searched", db => EventQueries.List(db, "Seoul"), EventQueries.Sort);
        AddList<PartnerTracker.Domain.Product, ProductListItem>("Products", db => ProductQueries.List(db), ProductQueries.Sort);
        AddList<PartnerTracker.Domain.Product, ProductListItem>("Products searched", db => ProductQueries.List(db, "Kakao"), ProductQueries.Sort);
        AddList<PartnerTracker.Domain.SourceArticle, SourceListItem>("Sources", db => SourceQueries.List(db), SourceQueries.Sort);
        AddList<PartnerTracker.Domain.SourceArticle, SourceListItem>("Sources searched", db => SourceQueries.List(db, "JoongAng"), SourceQueries.Sort);
    }

    /// <summary>Every filter at once, so that each of their SQL fragments is translated and parsed.</summary>
    public static readonly DealFilter EveryDealFilter = new()
    {
        Text = "50%_[x]",
        Kinds = [PartnerTracker.Domain.DealKind.JointVenture, PartnerTracker.Domain.DealKind.Investment],
        Stages = [PartnerTracker.Domain.DealStage.Announced],
        Verifications = [PartnerTracker.Domain.Verification.Confirmed],
        CountryCode = "us",
        Sector = "Semiconductors",
        CompanyId = 1,
        AnnouncedFrom = new DateOnly(2025, 1, 1),
        AnnouncedTo = new DateOnly(2025, 12, 31),
        MinValueUsd = 1_000_000m,
        MaxValueUsd = 1_000_000_000_000m,
        AnnouncedIn = Period.InQuarter(2025, 1),
        ChangedIn = Period.InQuarter(2025, 1),
        ValueDisclosed = true,
    };

    public static TheoryData<string> Names => new(All.Keys);

    /// <summary>Every query of the dashboard for one filter.</summary>
    private static void AddDashboard(string name, DealFilter filter)
    {
        All[$"{name}.Totals"] = (db, _) => DashboardQueries.Totals(db, filter);
        All[$"{name}.Count"] = (db, _) => DashboardQueries.Count(db, filter);
        All[$"{name}.By kind"] = (db, _) => DashboardQueries.ByKind(db, filter);
        All[$"{name}.By stage"] = (db, _) => DashboardQueries.ByStage(db, filter);
        All[$"{name}.By quarter"] = (db, _) => DashboardQueries.ByQuarter(db, filter);
        All[$"{name}.By sector"] = (db, _) => DashboardQueries.BySector(db, filter);
        All[$"{name}.By country"] = (db, _) => DashboardQueries.ByCountry(db, filter);
        All[$"{name}.Top companies by deals"] = (db, _) => DashboardQueries.TopByDeals(db, filter);
        All[$"{name}.Top companies by value"] = (db, _) => DashboardQueries.TopByValue(db, filter);
        All[$"{name}.Largest deals"] = (db, _) => DashboardQueries.LargestDeals(db, filter);
        All[$"{name}.Recent stage changes"] = (db, _) => DashboardQueries.RecentStageChanges(db, filter);
    }

    private static void AddList<T, TDto>(string feature, Func<PartnerTrackerDbContext, IQueryable<T>> list, SortColumns<T> sort)
    {
        // CountAsync is terminal; the same COUNT over the same filter, as a query the harness can translate.
        All[$"{feature}.Count"] = (db, _) => list(db).GroupBy(_ => 1).Select(g => g.Count());
        foreach (var column in sort.Names)
        {
            All[$"{feature}.Page by {column}"] = (db, m) => list(db).Page<T, TDto>(new ListRequest(1, 10, column), sort, m);
            All[$"{feature}.Page by {column} desc"] = (db, m) => list(db).Page<T, TDto>(new ListRequest(0, 25, column, Descending: true), sort, m);
        }
    }
}
