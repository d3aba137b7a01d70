namespace PartnerTracker.Domain;

/// <summary>An agreement among any number of companies (never just "A + B").</summary>
public class Deal : IVersioned
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }

    public required string Name { get; set; }

    public DealKind Kind { get; set; }

    public DealStage Stage { get; set; }

    public Verification Verification { get; set; }

    public string? Summary { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of where the deal takes effect (Stargate: US), when the source says.</summary>
    public string? CountryCode { get; set; }

    /// <summary>The value as announced, in its own currency; null when no source speaks of a value.</summary>
    public Money? Value { get; set; }

    /// <summary><see cref="Value"/> in US dollars at <see cref="FxRate"/>; null when the value is undisclosed.</summary>
    public decimal? ValueUsd { get; set; }

    /// <summary>The dated rate <see cref="ValueUsd"/> was computed with; kept so the figure can be explained later.</summary>
    public int? FxRateId { get; set; }

    public FxRate? FxRate { get; set; }

    public PartialDate? AnnouncedOn { get; set; }

    public PartialDate? ExpectedCloseOn { get; set; }

    public int? ParentDealId { get; set; }

    public Deal? ParentDeal { get; set; }

    public List<Deal> SubDeals { get; set; } = [];

    public List<DealParticipant> Participants { get; set; } = [];

    public List<DealPerson> People { get; set; } = [];

    public List<DealProduct> Products { get; set; } = [];

    public List<DealLink> OutgoingLinks { get; set; } = [];

    public List<DealLink> IncomingLinks { get; set; } = [];

    public List<StageChange> StageHistory { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];

    public Guid Version { get; set; }

    /// <summary>Why the deal cannot move to <paramref name="stage"/>; null when it can. The one place this rule lives.</summary>
    public string? StageChangeRefusal(DealStage stage) => stage == Stage ? $"The deal is already {stage}." : null;

    /// <summary>Moves the deal to another stage and records the move in its history; a move that is no change is refused.</summary>
    /// <exception cref="InvalidOperationException">The move is refused (<see cref="StageChangeRefusal"/>).</exception>
    public StageChange MoveTo(DealStage stage, PartialDate effectiveOn, string recordedBy, DateTime recordedAtUtc, int? sourceArticleId = null)
    {
        if (StageChangeRefusal(stage) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        var entry = new StageChange
        {
            FromStage = Stage,
            ToStage = stage,
            EffectiveOn = effectiveOn,
            RecordedBy = recordedBy,
            RecordedAtUtc = recordedAtUtc,
            SourceArticleId = sourceArticleId,
        };
        StageHistory.Add(entry);
        Stage = stage;
        return entry;
    }

    /// <summary>A new deal's first history entry: the stage it is recorded in, effective when it was announced, else on the day it is recorded.</summary>
    public void RecordFirstStage(string recordedBy, DateTime recordedAtUtc) =>
        StageHistory.Add(new StageChange
        {
            ToStage = Stage,
            EffectiveOn = AnnouncedOn ?? PartialDate.Day(recordedAtUtc.Year, recordedAtUtc.Month, recordedAtUtc.Day),
            RecordedBy = recordedBy,
            RecordedAtUtc = recordedAtUtc,
        });
}

/// <summary>A company's part in a deal. A company may hold several roles, one row each.</summary>
public class DealParticipant
{
    public int Id { get; set; }

    public int DealId { get; set; }

    public Deal? Deal { get; set; }

    public int CompanyId { get; set; }

    public Company? Company { get; set; }

    public ParticipantRole Role { get; set; }

    /// <summary>This link's own certainty: Samsung "under consideration" is not Oracle's confirmed stake.</summary>
    public Verification Verification { get; set; }

    public Money? Commitment { get; set; }

    public List<Citation> Citations { get; set; } = [];
}

public class DealPerson
{
    public int Id { get; set; }

    public int DealId { get; set; }

    public Deal? Deal { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public DealPersonRole Role { get; set; }
}

public class DealProduct
{
    public int Id { get; set; }

    public int DealId { get; set; }

    public Deal? Deal { get; set; }

    public int ProductId { get; set; }

    public Product? Product { get; set; }

    public DealProductRole Role { get; set; }
}

/// <summary>A directed link between two deals (a follow-on, an amendment, a related deal).</summary>
public class DealLink
{
    public int Id { get; set; }

    public int FromDealId { get; set; }

    public Deal? FromDeal { get; set; }

    public int ToDealId { get; set; }

    public Deal? ToDeal { get; set; }

    public DealLinkKind Kind { get; set; }
}

/// <summary>One change of a deal's stage: "time in stage" and "what changed this quarter" are read from these.</summary>
public class StageChange
{
    public int Id { get; set; }

    public int DealId { get; set; }

    public Deal? Deal { get; set; }

    /// <summary>Null for the first stage a deal is recorded in.</summary>
    public DealStage? FromStage { get; set; }

    public DealStage ToStage { get; set; }

    public required PartialDate EffectiveOn { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public int? SourceArticleId { get; set; }

    public SourceArticle? SourceArticle { get; set; }
}
