using System.Globalization;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Companies;

/// <summary>The company form's fields, with the version the form was opened at.</summary>
public sealed class CompanyEditModel : PartnerTracker.Application.Common.IEditModel
{
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string? CountryCode { get; set; }
    public string? Sector { get; set; }
    public string? Website { get; set; }
    public string? Ticker { get; set; }
    public string? Description { get; set; }
    public int? ParentCompanyId { get; set; }

    /// <summary>Set when the analyst has seen the similar existing companies and confirms this is another one.</summary>
    public bool AllowSimilarName { get; set; }

    public Guid Version { get; set; }

    public static CompanyEditModel From(Company company) => new()
    {
        Name = company.Name,
        Aliases = company.Aliases.Select(a => a.Alias).Order(StringComparer.OrdinalIgnoreCase).ToList(),
        CountryCode = company.CountryCode,
        Sector = company.Sector,
        Website = company.Website,
        Ticker = company.Ticker,
        Description = company.Description,
        ParentCompanyId = company.ParentCompanyId,
        Version = company.Version,
    };

    public IReadOnlyDictionary<string, string?> Describe() => new Dictionary<string, string?>
    {
        ["Name"] = Name.Trim(),
        ["Aliases"] = string.Join(", ", Aliases.Select(a => a.Trim()).Order(StringComparer.OrdinalIgnoreCase)),
        ["Country"] = CountryCode?.Trim().ToUpperInvariant(),
        ["Sector"] = Sector?.Trim(),
        ["Website"] = Website?.Trim(),
        ["Ticker"] = Ticker?.Trim(),
        ["Description"] = Description?.Trim(),
        ["Owned by"] = ParentCompanyId?.ToString(CultureInfo.InvariantCulture),
    };
}
