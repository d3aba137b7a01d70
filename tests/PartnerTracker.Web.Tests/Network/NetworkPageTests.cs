using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Application.Features.Network;
using PartnerTracker.Domain;
using PartnerTracker.Web.Components.Pages.Network;

namespace PartnerTracker.Web.Tests.Network;

/// <summary>The network page on the article's data, and the drawing on a hand-made graph.</summary>
public sealed class NetworkPageTests : MudTestContext
{
    [Fact]
    public void The_articles_companies_are_nodes_linking_to_their_pages_and_Samsungs_Stargate_links_are_dashed()
    {
        var cut = Render<NetworkPage>();

        cut.WaitForAssertion(() => Assert.Equal(8, cut.FindAll("[data-testid=network-node]").Count), TimeSpan.FromSeconds(10));
        var nodes = cut.FindAll("[data-testid=network-node]").ToDictionary(n => n.GetAttribute("data-name")!, n => n.GetAttribute("href"));
        foreach (var name in new[] { "SoftBank Group", "OpenAI", "Oracle", "Arm", "Microsoft", "Nvidia", "Kakao", "Samsung Electronics" })
        {
            Assert.Matches("^/companies/[0-9]+$", nodes[name]);
        }

        var edges = cut.FindAll("[data-testid=network-edge]")
            .Select(e => (Pair: string.Join(" + ", new[] { e.GetAttribute("data-from")!, e.GetAttribute("data-to")! }.Order()), Kind: e.GetAttribute("data-kind"),
                Dashed: e.GetAttribute("stroke-dasharray") is not null))
            .ToList();
        Assert.Contains(("OpenAI + SoftBank Group", "JointVenture", false), edges);
        Assert.Contains(("OpenAI + Oracle", "JointVenture", false), edges);
        Assert.Contains(("Oracle + SoftBank Group", "JointVenture", false), edges);
        Assert.Contains(("Nvidia + SoftBank Group", "JointVenture", false), edges);
        Assert.Contains(("Kakao + OpenAI", "StrategicPartnership", false), edges);
        Assert.Contains(("Samsung Electronics + SoftBank Group", "JointVenture", true), edges);
        Assert.All(edges.Where(e => e.Pair.Contains("Samsung", StringComparison.Ordinal) && e.Kind == "JointVenture"), e => Assert.True(e.Dashed));
        Assert.DoesNotContain(edges, e => e.Pair == "Arm + Microsoft");
        Assert.Contains("8 companies, 18 links.", cut.Find("[data-testid=network-summary]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Potential", cut.Find("[data-testid=network-legend]").TextContent, StringComparison.Ordinal);
        Assert.Equal(18, cut.FindAll("[data-testid=network-table] tbody tr").Count);
    }

    [Fact]
    public void A_filter_in_the_url_narrows_the_network_and_an_empty_result_says_so()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/network?kind=Licensing");

        var cut = Render<NetworkPage>();

        cut.WaitForAssertion(() => Assert.Contains("No company takes part", cut.Find("[data-testid=network-empty]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Empty(cut.FindAll("[data-testid=network-node]"));
    }

    [Fact]
    public async Task A_cut_graph_says_how_many_companies_it_shows_of_how_many()
    {
        await using (var db = Database.CreateDbContext())
        {
            var supply = new Deal { Name = "Big supply deal", Kind = DealKind.Supply, Stage = DealStage.Active, Verification = Verification.Reported };
            supply.Participants.AddRange(Enumerable.Range(1, 30).Select(i => new DealParticipant
            {
                Company = new Company { Name = $"Supplier {i:00}" }, Role = ParticipantRole.Supplier, Verification = Verification.Reported,
            }));
            db.Deals.Add(supply);
            await db.SaveChangesAsync(Cancel);
        }

        Services.GetRequiredService<NavigationManager>().NavigateTo("/network?top=25");
        var cut = Render<NetworkPage>();

        cut.WaitForAssertion(() => Assert.Equal(25, cut.FindAll("[data-testid=network-node]").Count), TimeSpan.FromSeconds(10));
        Assert.Equal("Showing the 25 most connected (most deals) of 38 companies, and the links among them.", cut.Find("[data-testid=network-summary]").TextContent.Trim());
    }

    [Fact]
    public void Edge_thickness_follows_the_chosen_weight_and_undisclosed_values_draw_thinnest()
    {
        NetworkNode[] nodes = [new(1, "A", 4, 100, 100), new(2, "B", 1, 300, 100), new(3, "C", 1, 200, 300)];
        NetworkEdge[] edges =
        [
            new(1, 2, DealKind.JointVenture, false, 4, 100m, 0),
            new(1, 3, DealKind.Supply, true, 1, null, 1),
        ];
        var graph = new NetworkGraph(nodes, edges, 3, 100);

        double Width(IRenderedComponent<NetworkDrawing> cut, string to) =>
            double.Parse(cut.Find($"[data-testid=network-edge][data-to={to}]").GetAttribute("stroke-width")!, System.Globalization.CultureInfo.InvariantCulture);

        var byCount = Render<NetworkDrawing>(p => p.Add(d => d.Graph, graph).Add(d => d.Weight, EdgeWeight.Count));
        Assert.Equal(6, Width(byCount, "B"));
        Assert.Equal(2, Width(byCount, "C"));

        var byValue = Render<NetworkDrawing>(p => p.Add(d => d.Graph, graph).Add(d => d.Weight, EdgeWeight.Value));
        Assert.Equal(8, Width(byValue, "B"));
        Assert.Equal(1.5, Width(byValue, "C"));
        Assert.Equal("6 5", byValue.Find("[data-testid=network-edge][data-to=C]").GetAttribute("stroke-dasharray"));
        Assert.Contains("value undisclosed; potential", byValue.Find("[data-testid=network-edge][data-to=C] title").TextContent, StringComparison.Ordinal);
    }
}
