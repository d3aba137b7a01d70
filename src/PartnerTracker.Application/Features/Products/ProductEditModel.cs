using PartnerTracker.Application.Common;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Products;

/// <summary>The product form's fields. <see cref="Version"/> is the token the form was opened with.</summary>
public sealed class ProductEditModel : IEditModel
{
    public string Name { get; set; } = "";
    public ProductKind Kind { get; set; } = ProductKind.Application;
    public string? Description { get; set; }

    /// <summary>The owning company: required.</summary>
    public int? CompanyId { get; set; }

    public DateOnly? Release { get; set; }
    public DatePrecision? ReleasePrecision { get; set; }
    public bool ReleaseIsPlanned { get; set; }

    public Guid Version { get; set; }

    public static ProductEditModel From(Product product) => new()
    {
        Name = product.Name,
        Kind = product.Kind,
        Description = product.Description,
        CompanyId = product.CompanyId,
        Release = product.Release?.Start,
        ReleasePrecision = product.Release?.Precision,
        ReleaseIsPlanned = product.ReleaseIsPlanned,
        Version = product.Version,
    };

    /// <summary>Each field as a person reads it, by label: what a conflict compares and shows.</summary>
    public IReadOnlyDictionary<string, string?> Describe(string? companyName) => new Dictionary<string, string?>
    {
        ["Name"] = Name.Trim(),
        ["Kind"] = Kind.ToString(),
        ["Description"] = Texts.Clean(Description),
        ["Company"] = companyName,
        ["Release"] = ProductRelease.Format(Release, ReleasePrecision, ReleaseIsPlanned),
    };
}
