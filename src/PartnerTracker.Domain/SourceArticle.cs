namespace PartnerTracker.Domain;

public class SourceArticle : IVersioned
{
    /// <summary>850 characters keep the unique index within SQL Server's 1,700-byte key limit.</summary>
    public const int UrlMaxLength = 850;

    public int Id { get; set; }

    public required string Title { get; set; }

    public string? Publisher { get; set; }

    public string? Author { get; set; }

    /// <summary>Absolute http or https only; unique when present.</summary>
    public string? Url { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? RetrievedOn { get; set; }

    /// <summary>BCP 47 language tag ("en", "ko").</summary>
    public string? Language { get; set; }

    public string? Text { get; set; }

    public List<Citation> Citations { get; set; } = [];

    public Guid Version { get; set; }

    /// <summary>True for an absolute http(s) URL: the only kind stored or ever rendered as a link.</summary>
    /// <remarks>
    /// The text itself must begin with "http://" or "https://" (any case): Uri also reads "https:host" and
    /// "https:\\host" as absolute, while a browser may resolve the first against the page. A user name before the
    /// host ("https://trusted.example@evil.example") is refused: it makes one site read as another.
    /// </remarks>
    public static bool IsSafeUrl(string? url) =>
        url is not null
        && url == url.Trim()
        && !url.Any(char.IsControl)
        && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;
}

/// <summary>
/// Provenance of one fact: the sentence of a source that says it. <see cref="Subject"/> names the fact, and the
/// matching reference (deal, participant, stage change, event, ...) points at it (docs/adr/0005-per-fact-citations.md).
/// </summary>
public class Citation
{
    public const int QuoteMaxLength = 2000;

    public int Id { get; set; }

    public int SourceArticleId { get; set; }

    public SourceArticle? SourceArticle { get; set; }

    public required string Quote { get; set; }

    public CitationSubject Subject { get; set; }

    public int? DealId { get; set; }

    public Deal? Deal { get; set; }

    public int? DealParticipantId { get; set; }

    public DealParticipant? DealParticipant { get; set; }

    public int? DealPersonId { get; set; }

    public DealPerson? DealPerson { get; set; }

    public int? DealProductId { get; set; }

    public DealProduct? DealProduct { get; set; }

    public int? StageChangeId { get; set; }

    public StageChange? StageChange { get; set; }

    public int? EventId { get; set; }

    public Event? Event { get; set; }

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    public int? ProductId { get; set; }

    public Product? Product { get; set; }
}

/// <summary>A dated rate to USD, and where it came from.</summary>
public class FxRate
{
    public int Id { get; set; }

    public required string CurrencyCode { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>US dollars per one unit of <see cref="CurrencyCode"/>.</summary>
    public decimal RateToUsd { get; set; }

    public required string Source { get; set; }
}

/// <summary>Who changed which field of which record, from what to what, and when. Written, never edited.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public required string UserName { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>
    /// The record whose History shows this change: the entity itself, or what it is part of (a participant's deal,
    /// an alias's company, an attendee's event, a citation's fact).
    /// </summary>
    public required string RecordType { get; set; }

    public required string RecordId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>Null for inserts and deletes recorded as a whole.</summary>
    public string? Field { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}
