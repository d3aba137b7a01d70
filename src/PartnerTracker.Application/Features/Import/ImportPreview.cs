using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Import;

/// <summary>How a company named in the file is found.</summary>
public enum CompanyMatchKind
{
    /// <summary>A company with exactly this name (ignoring case).</summary>
    ExactName,

    /// <summary>A company with exactly this alias.</summary>
    Alias,

    /// <summary>A company with a close name or alias: the analyst confirms it or asks for a new company.</summary>
    CloseMatch,

    /// <summary>No company matches: one is created with this name.</summary>
    New,
}

/// <summary>The analyst's answer for a close match.</summary>
public enum CompanyChoice
{
    UseMatch,
    CreateNew,
}

/// <summary>One company name as the file writes it, and the company it will be (or become).</summary>
/// <param name="Key">The normalized name: the key of the analyst's choice for a close match.</param>
public sealed record CompanyResolution(string Key, string Typed, CompanyMatchKind Kind, int? CompanyId, string? CompanyName, string? MatchedText, CompanyChoice? Choice, int RowCount)
{
    public bool AwaitsConfirmation => Kind == CompanyMatchKind.CloseMatch && Choice is null;

    /// <summary>True when the commit creates a company for this name.</summary>
    public bool CreatesCompany => Kind == CompanyMatchKind.New || (Kind == CompanyMatchKind.CloseMatch && Choice == CompanyChoice.CreateNew);

    /// <summary>What will happen, in words.</summary>
    public string Outcome => Kind switch
    {
        CompanyMatchKind.ExactName => $"Matched: {CompanyName}",
        CompanyMatchKind.Alias => $"Matched by alias “{MatchedText}”: {CompanyName}",
        CompanyMatchKind.CloseMatch when Choice == CompanyChoice.UseMatch => $"Confirmed: {CompanyName}",
        CompanyMatchKind.CloseMatch when Choice == CompanyChoice.CreateNew => "New company (close match declined)",
        CompanyMatchKind.CloseMatch => $"Close to {CompanyName}{(MatchedText != CompanyName ? $" (alias “{MatchedText}”)" : "")}: confirm or create new",
        _ => "New company",
    };
}

/// <summary>A company's part in one imported deal.</summary>
public sealed record ParticipantPlan(string Typed, ParticipantRole Role, Verification Verification)
{
    public string Key => Company.Normalize(Typed);
}

/// <summary>One data row: the deal it will create, and every problem found in it.</summary>
public sealed record ImportPreviewRow(int Row, string DealName, IReadOnlyList<ParticipantPlan> Participants, IReadOnlyList<ImportIssue> Issues)
{
    public bool IsValid => Issues.Count == 0;

    public string Action => IsValid ? "Create deal" : "Not imported: fix the errors";
}

/// <summary>What an import would do: per row, per company, and every error with its row and column.</summary>
public sealed record ImportPreview(IReadOnlyList<ImportIssue> FileIssues, IReadOnlyList<ImportPreviewRow> Rows, IReadOnlyList<CompanyResolution> Companies)
{
    public IEnumerable<ImportIssue> AllIssues => FileIssues.Concat(Rows.SelectMany(r => r.Issues));

    public int ErrorCount => FileIssues.Count + Rows.Sum(r => r.Issues.Count);

    public int AwaitingConfirmation => Companies.Count(c => c.AwaitsConfirmation);

    public bool CanCommit => ErrorCount == 0 && AwaitingConfirmation == 0 && Rows.Count > 0;

    /// <summary>Why the commit is not possible yet, in words; null when it is.</summary>
    public string? Blocker =>
        ErrorCount > 0 ? $"Fix {(ErrorCount == 1 ? "the error" : $"the {ErrorCount:N0} errors")} in the file and upload it again; nothing is imported while any row has an error."
        : AwaitingConfirmation > 0 ? $"Confirm or decline {(AwaitingConfirmation == 1 ? "the close company match" : $"the {AwaitingConfirmation} close company matches")} first."
        : Rows.Count == 0 ? "The file holds no deals."
        : null;
}
