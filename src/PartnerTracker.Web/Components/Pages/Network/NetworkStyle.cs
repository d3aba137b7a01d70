using PartnerTracker.Application.Features.Network;
using PartnerTracker.Domain;
using PartnerTracker.Web.Components.Shared;

namespace PartnerTracker.Web.Components.Pages.Network;

/// <summary>The network's colours and wording, shared by the drawing, its legend and its table.</summary>
public static class NetworkStyle
{
    // Distinguishable on white and for the common colour-vision deficiencies (Okabe-Ito, plus greys).
    private static readonly Dictionary<DealKind, string> Colours = new()
    {
        [DealKind.JointVenture] = "#0072B2",
        [DealKind.StrategicPartnership] = "#E69F00",
        [DealKind.Investment] = "#009E73",
        [DealKind.Acquisition] = "#D55E00",
        [DealKind.ProductIntegration] = "#CC79A7",
        [DealKind.Supply] = "#56B4E9",
        [DealKind.Licensing] = "#8C6D1F",
        [DealKind.ResearchCollaboration] = "#7B3FA0",
        [DealKind.Other] = "#757575",
    };

    public static string Colour(DealKind kind) => Colours[kind];

    /// <summary>"SoftBank Group – OpenAI: 1 joint venture deal, $500 billion" (and "potential" or undisclosed values said so).</summary>
    public static string Describe(NetworkEdge edge, string from, string to) =>
        $"{from} – {to}: {edge.Deals} {Display.Words(edge.Kind).ToLowerInvariant()} deal(s), {Value(edge)}{(edge.Potential ? "; potential (rumored or under consideration)" : "")}";

    /// <summary>The disclosed total, and how many deals have no disclosed value.</summary>
    public static string Value(NetworkEdge edge) => edge.Undisclosed switch
    {
        0 => Display.Usd(edge.ValueUsd),
        _ when edge.Undisclosed == edge.Deals => "value undisclosed",
        _ => $"{Display.Usd(edge.ValueUsd)} + {edge.Undisclosed} undisclosed",
    };
}
