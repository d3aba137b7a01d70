using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Export;

/// <summary>
/// The Participants cell of a deals spreadsheet: "OpenAI (TechnologyLead, Confirmed); SoftBank Group (FinancialLead)".
/// Each entry is a company name and, in the last brackets, its role and optionally its own verification.
/// </summary>
public static class ParticipantList
{
    public const char Separator = ';';

    public static string Format(IEnumerable<(string Company, ParticipantRole Role, Verification Verification)> participants) =>
        string.Join($"{Separator} ", participants.Select(p => $"{p.Company} ({p.Role}, {p.Verification})"));
}
