namespace PartnerTracker.Application.Features.Export;

/// <summary>
/// The column headers of a deals spreadsheet, shared by the export (which writes them all) and the import (which
/// reads them back): a file the app exported can be imported again as it is.
/// </summary>
public static class DealColumns
{
    public const string Id = "Id";
    public const string Name = "Name";
    public const string Kind = "Kind";
    public const string Stage = "Stage";
    public const string Verification = "Verification";
    public const string Summary = "Summary";
    public const string Country = "Country";
    public const string ValueQualifier = "Value qualifier";
    public const string ValueAmount = "Value amount";
    public const string ValueCurrency = "Value currency";
    public const string ValueEstimated = "Value estimated";
    public const string ValueUsd = "Value USD";
    public const string RateToUsd = "Rate to USD";
    public const string RateDate = "Rate date";
    public const string RateSource = "Rate source";
    public const string Announced = "Announced";
    public const string AnnouncedPrecision = "Announced precision";
    public const string ExpectedClose = "Expected close";
    public const string ExpectedClosePrecision = "Expected close precision";
    public const string Participants = "Participants";
    public const string Citations = "Citations";

    /// <summary>Every column, in the order the export writes them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Id, Name, Kind, Stage, Verification, Summary, Country, ValueQualifier, ValueAmount, ValueCurrency, ValueEstimated,
        ValueUsd, RateToUsd, RateDate, RateSource, Announced, AnnouncedPrecision, ExpectedClose, ExpectedClosePrecision,
        Participants, Citations,
    ];

    /// <summary>Columns the export writes that the import computes itself, and so reads past.</summary>
    public static readonly IReadOnlyList<string> Computed = [Id, ValueUsd, Citations];

    /// <summary>The participants sheet (and the CSV file's second section).</summary>
    public static readonly IReadOnlyList<string> ParticipantColumns =
        ["Deal id", "Deal", "Company id", "Company", "Role", "Verification", "Commitment qualifier", "Commitment amount", "Commitment currency"];

    /// <summary>The title line that opens the CSV file's participants section.</summary>
    public const string ParticipantsSection = "# Participants";
}
