using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Network;

/// <summary>What an edge's thickness stands for on the network page.</summary>
public enum EdgeWeight
{
    Count,
    Value,
}

/// <summary>A company on the network, with how many of the filtered deals it takes part in.</summary>
public sealed record NetworkCompanyRow(int CompanyId, string Name, int Deals);

/// <summary>
/// The deals two companies share, of one kind: <see cref="Potential"/> when the link rests on a rumour or on a
/// company only considered for the deal (Samsung "under consideration" for Stargate). <see cref="FromId"/> is the
/// smaller company id. <see cref="ValueUsd"/> sums the disclosed values; <see cref="Undisclosed"/> counts the rest.
/// </summary>
public sealed record NetworkEdge(int FromId, int ToId, DealKind Kind, bool Potential, int Deals, decimal? ValueUsd, int Undisclosed);

/// <summary>A company placed on the drawing: X and Y are in <see cref="NetworkGraph.Width"/> × <see cref="NetworkGraph.Height"/>.</summary>
public sealed record NetworkNode(int CompanyId, string Name, int Deals, double X, double Y);

/// <param name="CompaniesInFilter">Every company taking part in a filtered deal; more than the nodes when the graph is cut.</param>
/// <param name="Limit">The most companies the graph shows (the N of "the N most connected").</param>
public sealed record NetworkGraph(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, int CompaniesInFilter, int Limit)
{
    public const double Width = 1000;

    public const double Height = 700;

    public static readonly NetworkGraph Empty = new([], [], 0, 0);

    public bool IsCut => Nodes.Count < CompaniesInFilter;
}
