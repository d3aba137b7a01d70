using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Network;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Network;

/// <summary>
/// The network's edges and weights on a hand-built fixture, worked out by hand below, then the article's data.
/// Fixture (companies A–F, in id order):
///   JV1 (joint venture, $100): A equity partner + financial lead, B equity partner, C and D technology partners,
///       E potential partner (rumored) → A–B, A–C, A–D, B–C, B–D solid; A–E, B–E potential; no C–D, C–E, D–E.
///   JV2 (joint venture, $50): A and B equity partners → A–B joint venture counts 2 deals, $150.
///   Supply (undisclosed): A supplier, C and F customers; no principal → A–C, A–F, C–F.
///   Rumour (investment, the deal itself rumored, undisclosed): B investor, D target → B–D potential.
/// Deals per company: A 3, B 3, C 2, D 2, E 1, F 1.
/// </summary>
public sealed class NetworkServiceTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private NetworkService service = null!;
    private Dictionary<string, int> ids = [];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(seeded: false);
        service = new NetworkService(database);
        await using var db = database.CreateDbContext();
        var companies = "ABCDEF".Select(n => new Company { Name = $"Company {n}" }).ToList();
        db.Companies.AddRange(companies);
        var usd = new FxRate { CurrencyCode = "USD", Date = new DateOnly(2025, 1, 1), RateToUsd = 1m, Source = "identity" };
        Company C(char name) => companies["ABCDEF".IndexOf(name)];
        Deal Deal(string name, DealKind kind, Verification verification, decimal? usdValue, params (char Company, ParticipantRole Role, Verification Verification)[] participants)
        {
            var deal = new Deal { Name = name, Kind = kind, Stage = DealStage.Announced, Verification = verification };
            if (usdValue is { } value)
            {
                (deal.Value, deal.ValueUsd, deal.FxRate) = (new Money(value, "USD", MoneyQualifier.Exact), value, usd);
            }

            deal.Participants.AddRange(participants.Select(p => new DealParticipant { Company = C(p.Company), Role = p.Role, Verification = p.Verification }));
            db.Deals.Add(deal);
            return deal;
        }

        const Verification ok = Verification.Confirmed;
        Deal("JV1", DealKind.JointVenture, ok, 100m,
            ('A', ParticipantRole.EquityPartner, ok), ('A', ParticipantRole.FinancialLead, ok), ('B', ParticipantRole.EquityPartner, ok),
            ('C', ParticipantRole.TechnologyPartner, ok), ('D', ParticipantRole.TechnologyPartner, ok), ('E', ParticipantRole.PotentialPartner, Verification.Rumored));
        Deal("JV2", DealKind.JointVenture, ok, 50m, ('A', ParticipantRole.EquityPartner, ok), ('B', ParticipantRole.EquityPartner, ok));
        Deal("Supply", DealKind.Supply, Verification.Reported, null,
            ('A', ParticipantRole.Supplier, ok), ('C', ParticipantRole.Customer, ok), ('F', ParticipantRole.Customer, ok));
        Deal("Rumour", DealKind.Investment, Verification.Rumored, null, ('B', ParticipantRole.Investor, ok), ('D', ParticipantRole.Target, ok));
        await db.SaveChangesAsync(Cancel);
        ids = companies.ToDictionary(c => c.Name[^1..], c => c.Id);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Edges_link_principals_to_everyone_count_each_deal_once_and_sum_disclosed_values()
    {
        var graph = await service.BuildAsync(DealFilter.None, 100, Cancel);

        Assert.Equal(
            [
                ("A", "B", DealKind.JointVenture, false, 2, (decimal?)150m, 0),
                ("A", "C", DealKind.JointVenture, false, 1, 100m, 0),
                ("A", "C", DealKind.Supply, false, 1, null, 1),
                ("A", "D", DealKind.JointVenture, false, 1, 100m, 0),
                ("A", "E", DealKind.JointVenture, true, 1, 100m, 0),
                ("A", "F", DealKind.Supply, false, 1, null, 1),
                ("B", "C", DealKind.JointVenture, false, 1, 100m, 0),
                ("B", "D", DealKind.JointVenture, false, 1, 100m, 0),
                ("B", "D", DealKind.Investment, true, 1, null, 1),
                ("B", "E", DealKind.JointVenture, true, 1, 100m, 0),
                ("C", "F", DealKind.Supply, false, 1, null, 1),
            ],
            graph.Edges.Select(e => (Name(e.FromId), Name(e.ToId), e.Kind, e.Potential, e.Deals, e.ValueUsd, e.Undisclosed))
                .OrderBy(e => e.Item1).ThenBy(e => e.Item2).ThenBy(e => e.Kind));
        Assert.Equal([("A", 3), ("B", 3), ("C", 2), ("D", 2), ("E", 1), ("F", 1)], graph.Nodes.Select(n => (Name(n.CompanyId), n.Deals)));
        Assert.False(graph.IsCut);
    }

    [Fact]
    public async Task Top_n_keeps_the_companies_in_most_deals_and_only_the_edges_among_them()
    {
        var graph = await service.BuildAsync(DealFilter.None, 4, Cancel);

        Assert.Equal(["A", "B", "C", "D"], graph.Nodes.Select(n => Name(n.CompanyId)));
        Assert.Equal(6, graph.CompaniesInFilter);
        Assert.True(graph.IsCut);
        Assert.All(graph.Edges, e => Assert.DoesNotContain(Name(e.ToId), new[] { "E", "F" }));
        Assert.Equal(7, graph.Edges.Count);
    }

    [Fact]
    public async Task The_filter_narrows_deals_before_edges_are_built()
    {
        var graph = await service.BuildAsync(new DealFilter { Kinds = [DealKind.Supply] }, 100, Cancel);

        Assert.Equal(3, graph.CompaniesInFilter);
        Assert.All(graph.Edges, e => Assert.Equal(DealKind.Supply, e.Kind));
        Assert.Equal(3, graph.Edges.Count);
    }

    [Fact]
    public async Task No_matching_deal_gives_an_empty_graph()
    {
        var graph = await service.BuildAsync(new DealFilter { Kinds = [DealKind.Licensing] }, 100, Cancel);

        Assert.Empty(graph.Nodes);
        Assert.Empty(graph.Edges);
        Assert.Equal(0, graph.CompaniesInFilter);
    }

    [Fact]
    public async Task Layout_is_inside_the_drawing_the_same_every_time_and_never_stacks_two_companies()
    {
        var first = await service.BuildAsync(DealFilter.None, 100, Cancel);
        var second = await service.BuildAsync(DealFilter.None, 100, Cancel);

        Assert.Equal(first.Nodes, second.Nodes);
        Assert.All(first.Nodes, n =>
        {
            Assert.InRange(n.X, NetworkLayout.Margin, NetworkGraph.Width - NetworkLayout.Margin);
            Assert.InRange(n.Y, NetworkLayout.Margin, NetworkGraph.Height - NetworkLayout.Margin);
        });
        Assert.Equal(first.Nodes.Count, first.Nodes.Select(n => (n.X, n.Y)).Distinct().Count());
    }

    private string Name(int id) => ids.Single(p => p.Value == id).Key;
}

/// <summary>The article's network: Stargate's principals at the centre, Kakao linked to OpenAI, Samsung's Stargate link potential.</summary>
public sealed class ArticleNetworkTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await SqliteTestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Reads_as_the_article_says()
    {
        var graph = await new NetworkService(database).BuildAsync(DealFilter.None, 100, Cancel);
        var names = graph.Nodes.ToDictionary(n => n.CompanyId, n => n.Name);
        var edges = graph.Edges.Select(e => (Pair: string.Join(" + ", new[] { names[e.FromId], names[e.ToId] }.Order()), e.Kind, e.Potential)).ToList();

        // DeepSeek, SK Group and Krafton take part in no deal: they are not on the network.
        Assert.Equal(
            ["Arm", "Kakao", "Microsoft", "Nvidia", "OpenAI", "Oracle", "Samsung Electronics", "SoftBank Group"],
            names.Values.Order());
        foreach (var principal in new[] { "OpenAI", "Oracle", "SoftBank Group" })
        {
            foreach (var partner in new[] { "Arm", "Microsoft", "Nvidia" })
            {
                Assert.Contains((string.Join(" + ", new[] { principal, partner }.Order()), DealKind.JointVenture, false), edges);
            }

            Assert.Contains((string.Join(" + ", new[] { principal, "Samsung Electronics" }.Order()), DealKind.JointVenture, true), edges);
        }

        Assert.Contains(("OpenAI + Oracle", DealKind.JointVenture, false), edges);
        Assert.Contains(("OpenAI + SoftBank Group", DealKind.JointVenture, false), edges);
        Assert.Contains(("Kakao + OpenAI", DealKind.StrategicPartnership, false), edges);
        Assert.Contains(("OpenAI + Samsung Electronics", DealKind.ResearchCollaboration, false), edges);
        Assert.DoesNotContain(edges, e => e.Pair == "Arm + Nvidia");
        Assert.DoesNotContain(edges, e => e.Pair.Contains("Samsung", StringComparison.Ordinal) && e.Kind == DealKind.JointVenture && !e.Potential);
        Assert.Equal(500_000_000_000m, graph.Edges.Single(e => new[] { names[e.FromId], names[e.ToId] }.Order().SequenceEqual(["OpenAI", "SoftBank Group"])).ValueUsd);
    }
}
