using GraphShape;
using GraphShape.Algorithms.Layout;
using QuikGraph;

namespace PartnerTracker.Application.Features.Network;

/// <summary>
/// Places the companies with GraphShape's bounded Fruchterman-Reingold layout, from a fixed start (a circle, in the
/// order given) and a fixed seed, so the same data always draws the same picture. Positions are scaled into
/// <see cref="NetworkGraph.Width"/> × <see cref="NetworkGraph.Height"/> with a margin for the labels.
/// </summary>
public static class NetworkLayout
{
    /// <summary>Iterations of the force layout; measured for 500 companies in docs/benchmarks.md (network section).</summary>
    public const int DefaultIterations = 200;

    public const double Margin = 60;

    private const int Seed = 20250204;

    public static IReadOnlyList<NetworkNode> Place(IReadOnlyList<NetworkCompanyRow> companies, IEnumerable<NetworkEdge> edges, int iterations = DefaultIterations)
    {
        if (companies.Count == 0)
        {
            return [];
        }

        var vertices = companies.Select(c => new Vertex(c.CompanyId)).ToList();
        var byId = vertices.ToDictionary(v => v.Id);
        var graph = new BidirectionalGraph<Vertex, Edge<Vertex>>(allowParallelEdges: false);
        graph.AddVertexRange(vertices);
        foreach (var (from, to) in edges.Select(e => (e.FromId, e.ToId)).Distinct())
        {
            if (byId.TryGetValue(from, out var a) && byId.TryGetValue(to, out var b))
            {
                graph.AddEdge(new Edge<Vertex>(a, b));
            }
        }

        // The layout box grows with the number of companies so that FR's ideal edge length stays readable.
        var side = Math.Max(400, 60 * Math.Sqrt(vertices.Count));
        var start = new Dictionary<Vertex, Point>();
        for (var i = 0; i < vertices.Count; i++)
        {
            var angle = 2 * Math.PI * i / vertices.Count;
            start[vertices[i]] = new Point((side / 2) + (side / 3 * Math.Cos(angle)), (side / 2) + (side / 3 * Math.Sin(angle)));
        }

        IDictionary<Vertex, Point> positions = start;
        if (vertices.Count > 1)
        {
            var parameters = new BoundedFRLayoutParameters { Width = side, Height = side, MaxIterations = iterations };
            var layout = new FRLayoutAlgorithm<Vertex, Edge<Vertex>, BidirectionalGraph<Vertex, Edge<Vertex>>>(graph, start, parameters)
            {
                Rand = new Random(Seed),
            };
            layout.Compute();
            positions = layout.VerticesPositions;
        }

        return Scale(companies, vertices, positions);
    }

    private static List<NetworkNode> Scale(IReadOnlyList<NetworkCompanyRow> companies, List<Vertex> vertices, IDictionary<Vertex, Point> positions)
    {
        var points = vertices.Select(v => positions[v]).ToList();
        var (minX, maxX) = (points.Min(p => p.X), points.Max(p => p.X));
        var (minY, maxY) = (points.Min(p => p.Y), points.Max(p => p.Y));
        double Fit(double value, double min, double max, double size) =>
            max - min < 1e-9 ? size / 2 : Margin + ((value - min) / (max - min) * (size - (2 * Margin)));

        return companies.Select((c, i) => new NetworkNode(
            c.CompanyId, c.Name, c.Deals,
            Math.Round(Fit(points[i].X, minX, maxX, NetworkGraph.Width), 1),
            Math.Round(Fit(points[i].Y, minY, maxY, NetworkGraph.Height), 1))).ToList();
    }

    /// <summary>GraphShape's layouts need reference-type vertices.</summary>
    private sealed record Vertex(int Id);
}
