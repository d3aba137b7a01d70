namespace PartnerTracker.Domain;

public enum DealKind
{
    JointVenture,
    StrategicPartnership,
    Investment,
    Acquisition,
    ProductIntegration,
    Supply,
    Licensing,
    ResearchCollaboration,
    Other,
}

/// <summary>Where a deal is in its life. Kept apart from <see cref="Verification"/>: a rumour can be about a signed deal.</summary>
public enum DealStage
{
    Rumored,
    InTalks,
    Announced,
    Signed,
    Active,
    Completed,
    Stalled,
    Terminated,
}

/// <summary>How sure we are that a fact is true.</summary>
public enum Verification
{
    Rumored,
    Reported,
    Confirmed,
}

public enum ParticipantRole
{
    EquityPartner,
    FinancialLead,
    TechnologyLead,
    TechnologyPartner,
    Customer,
    Supplier,
    Investor,
    Target,
    PotentialPartner,
}

public enum MoneyQualifier
{
    Exact,
    UpTo,
    AtLeast,
    Approximately,
    Undisclosed,
}

/// <summary>How much of a <see cref="PartialDate"/> is known. "First half of 2025" is HalfYear, not 1 January 2025.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Quarter,
    HalfYear,
    Year,
}

public enum DealLinkKind
{
    FollowOn,
    Amends,
    Related,
}

public enum ProductKind
{
    Application,
    Platform,
    Service,
    Model,
    Hardware,
    Other,
}

public enum DealPersonRole
{
    Executive,
    Spokesperson,
    Negotiator,
    Signatory,
    Advisor,
    Other,
}

public enum DealProductRole
{
    IntegratesPartnerTechnology,
    DeployedAtPartner,
    CoDeveloped,
    Supplied,
    Licensed,
    Other,
}

public enum EventKind
{
    Meeting,
    Summit,
    PressEvent,
    Interview,
    Conference,
    Other,
}

/// <summary>Which fact a citation supports; decides which target reference it must carry.</summary>
public enum CitationSubject
{
    Deal,
    DealValue,
    DealDate,
    Participant,
    DealPerson,
    DealProduct,
    StageChange,
    Event,
    Company,
    Person,
    Product,
}

public enum AuditAction
{
    Insert,
    Update,
    Delete,
}
