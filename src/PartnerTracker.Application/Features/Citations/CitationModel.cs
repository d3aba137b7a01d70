using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Citations;

/// <summary>
/// A quoted sentence and the fact it supports. For a fact of a deal, <see cref="DealId"/> is set and
/// <see cref="TargetId"/> names the participant, person, product or stage change when the fact is about one.
/// </summary>
public sealed class CitationModel
{
    public int? SourceArticleId { get; set; }
    public string Quote { get; set; } = "";
    public CitationSubject Subject { get; set; } = CitationSubject.Deal;
    public int? DealId { get; set; }
    public int? TargetId { get; set; }
}
