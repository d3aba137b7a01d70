using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Everything the assistant proposes for one article. Records that already exist carry their id and are linked,
/// never created again; new ones are created on confirm when <c>Include</c> is ticked. Records refer to each other
/// by <c>Key</c> ("company:3", "new-company:1"), so unticking a company drops its roles with it.
/// </summary>
public sealed class ArticleProposals
{
    public ArticleInput Article { get; set; } = new();

    /// <summary>The stored source with the same URL (or title and publisher), reused instead of a second record.</summary>
    public int? ExistingSourceId { get; set; }

    public List<CompanyProposal> Companies { get; set; } = [];
    public List<PersonProposal> People { get; set; } = [];
    public List<ProductProposal> Products { get; set; } = [];
    public List<DealProposal> Deals { get; set; } = [];
    public List<EventProposal> Events { get; set; } = [];

    /// <summary>Every amount of money found, with its sentence: what deal values were read from.</summary>
    public List<MoneyMention> Money { get; set; } = [];

    /// <summary>Every date found, resolved against the publication date, with its sentence.</summary>
    public List<DateMention> Dates { get; set; } = [];

    public CompanyProposal? Company(string? key) => Companies.Find(c => c.Key == key);
    public PersonProposal? Person(string? key) => People.Find(p => p.Key == key);
    public ProductProposal? Product(string? key) => Products.Find(p => p.Key == key);
    public DealProposal? Deal(string? key) => Deals.Find(d => d.Key == key);
}

/// <summary>A proposed record: an existing one to link (<see cref="ExistingId"/>) or a new one to create.</summary>
public abstract class RecordProposal
{
    public string Key { get; set; } = "";

    /// <summary>The stored record this mention matched; null for a record to create.</summary>
    public int? ExistingId { get; set; }

    /// <summary>Ticked: created on confirm (new) or linked (existing). Unticked: left out with what depends on it.</summary>
    public bool Include { get; set; } = true;

    /// <summary>The sentence that names the record, exactly as in the article: its citation.</summary>
    public string Quote { get; set; } = "";

    public bool IsNew => ExistingId is null;
}

public sealed class CompanyProposal : RecordProposal
{
    public string Name { get; set; } = "";

    /// <summary>Other ways the article names it ("Samsung" for Samsung Electronics); stored as aliases.</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>How the match was made, or the close existing companies a new one resembles.</summary>
    public string? Note { get; set; }

    /// <summary>Ticked by the analyst who saw the similar companies and says this is another one.</summary>
    public bool AllowSimilarName { get; set; }
}

public sealed class PersonProposal : RecordProposal
{
    public string FullName { get; set; } = "";
    public string? Title { get; set; }
    public string? CompanyKey { get; set; }
}

public sealed class ProductProposal : RecordProposal
{
    public string Name { get; set; } = "";
    public ProductKind Kind { get; set; } = ProductKind.Other;
    public string? CompanyKey { get; set; }
    public DateOnly? Release { get; set; }
    public DatePrecision? ReleasePrecision { get; set; }
}

public sealed class DealProposal : RecordProposal
{
    public string Name { get; set; } = "";
    public DealKind Kind { get; set; } = DealKind.StrategicPartnership;
    public DealStage Stage { get; set; } = DealStage.Announced;
    public Verification Verification { get; set; } = Verification.Reported;
    public string? Summary { get; set; }

    /// <summary>Null when the article says nothing of the deal's value.</summary>
    public MoneyQualifier? ValueQualifier { get; set; }
    public decimal? ValueAmount { get; set; }
    public string? ValueCurrency { get; set; }

    /// <summary>USD per unit on <see cref="FxRateDate"/>: needed for a value in another currency (prefilled from stored rates).</summary>
    public decimal? FxRateToUsd { get; set; }
    public DateOnly? FxRateDate { get; set; }
    public string? FxRateSource { get; set; }

    /// <summary>The sentence that states the value.</summary>
    public string? ValueQuote { get; set; }

    public DateOnly? AnnouncedOn { get; set; }
    public DatePrecision? AnnouncedPrecision { get; set; }
    public string? AnnouncedQuote { get; set; }

    /// <summary>For an existing deal, its stored name (the proposal's <see cref="Name"/> is what the article suggested).</summary>
    public string? ExistingName { get; set; }

    public List<ParticipantProposal> Participants { get; set; } = [];
    public List<DealProductProposal> Products { get; set; } = [];
    public List<DealPersonProposal> People { get; set; } = [];
}

/// <summary>A company's role in a proposed deal, with the sentence that says it.</summary>
public sealed class ParticipantProposal
{
    public string CompanyKey { get; set; } = "";
    public ParticipantRole Role { get; set; }
    public Verification Verification { get; set; } = Verification.Reported;
    public string Quote { get; set; } = "";
    public bool Include { get; set; } = true;

    /// <summary>The deal already records this company in this role: shown, never added twice.</summary>
    public bool AlreadyRecorded { get; set; }
}

public sealed class DealProductProposal
{
    public string ProductKey { get; set; } = "";
    public DealProductRole Role { get; set; }
    public string Quote { get; set; } = "";
    public bool Include { get; set; } = true;
    public bool AlreadyRecorded { get; set; }
}

public sealed class DealPersonProposal
{
    public string PersonKey { get; set; } = "";
    public DealPersonRole Role { get; set; }
    public string Quote { get; set; } = "";
    public bool Include { get; set; } = true;
    public bool AlreadyRecorded { get; set; }
}

public sealed class EventProposal : RecordProposal
{
    public string Name { get; set; } = "";
    public EventKind Kind { get; set; } = EventKind.Meeting;
    public Verification Verification { get; set; } = Verification.Reported;
    public DateOnly? Date { get; set; }
    public DatePrecision? DatePrecision { get; set; }
    public string? Place { get; set; }
    public List<string> AttendeeKeys { get; set; } = [];
    public List<string> CompanyKeys { get; set; } = [];
    public List<string> DealKeys { get; set; } = [];

    /// <summary>Every sentence that describes the event; the first is <see cref="RecordProposal.Quote"/>.</summary>
    public List<string> Quotes { get; set; } = [];
}

/// <summary>An amount as the article states it ("up to $100 billion"), read into money.</summary>
public sealed record MoneyMention(string Text, MoneyQualifier Qualifier, decimal? Amount, string? Currency, string Quote);

/// <summary>A date as the article states it ("on Tuesday"), resolved to a period.</summary>
public sealed record DateMention(string Text, DateOnly Start, DatePrecision Precision, string Quote)
{
    public PartialDate ToPartialDate() => new(Start, Precision);
}
