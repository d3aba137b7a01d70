using System.Globalization;
using System.Text;
using PartnerTracker.Domain;

namespace PartnerTracker.Synthetic;

/// <summary>How synthetic deal names and quotes put things, so they read like the sentences an analyst cites.</summary>
internal static class SyntheticWording
{
    public static string KindLabel(DealKind kind) => kind switch
    {
        DealKind.JointVenture => "joint venture",
        DealKind.StrategicPartnership => "strategic partnership",
        DealKind.Investment => "investment",
        DealKind.Acquisition => "acquisition",
        DealKind.ProductIntegration => "product integration",
        DealKind.Supply => "supply agreement",
        DealKind.Licensing => "licensing deal",
        DealKind.ResearchCollaboration => "research collaboration",
        _ => "agreement",
    };

    public static string StageWording(DealStage stage) => stage switch
    {
        DealStage.Rumored => "is rumoured",
        DealStage.InTalks => "is under negotiation",
        DealStage.Announced => "was announced",
        DealStage.Signed => "was signed",
        DealStage.Active => "is under way",
        DealStage.Completed => "was completed",
        DealStage.Stalled => "has stalled",
        _ => "was called off",
    };

    public static string DealQuote(string label, string lead, string partner, DealStage stage) =>
        $"The {label} between {lead} and {partner} {StageWording(stage)}.";

    public static string ValueQuote(string label, Money value)
    {
        if (value.Qualifier == MoneyQualifier.Undisclosed)
        {
            return $"Terms of the {label} were not disclosed.";
        }

        var around = value.Qualifier switch
        {
            MoneyQualifier.Approximately => "about ",
            MoneyQualifier.UpTo => "up to ",
            MoneyQualifier.AtLeast => "at least ",
            _ => "",
        };
        var estimate = value.IsEstimated ? ", by analysts' estimates" : "";
        return string.Create(CultureInfo.InvariantCulture, $"The {label} is worth {around}{value.Amount:N0} {value.Currency}{estimate}.");
    }

    /// <summary>The first word of a company's name, without punctuation: "Kuhn" for "Kuhn, Lind and Bode".</summary>
    public static string ShortName(string companyName) => companyName.Split(' ', 2)[0].TrimEnd(',', '-');

    public static string ParticipantQuote(string company, ParticipantRole role) => $"{company} takes part as {Words(role.ToString())}.";

    /// <summary>"EquityPartner" → "equity partner".</summary>
    private static string Words(string pascalCase)
    {
        var words = new StringBuilder(pascalCase.Length + 4);
        foreach (var letter in pascalCase)
        {
            if (char.IsUpper(letter) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(letter));
        }

        return words.ToString();
    }
}
