using PartnerTracker.Application.Common;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Products;

/// <summary>The product form's rules that need no database: the form shows them inline, the editor enforces them.</summary>
public static class ProductRules
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    public static Validation Validate(ProductEditModel model) => new Validation()
        .Check(nameof(model.Name), Rules.RequiredText(model.Name, "Name", NameMaxLength))
        .Check(nameof(model.Kind), Rules.Defined(model.Kind, "Kind"))
        .Check(nameof(model.Description), Rules.OptionalText(model.Description, "Description", DescriptionMaxLength))
        .Check(nameof(model.CompanyId), model.CompanyId is null ? "Pick the company that owns the product." : null)
        .Check(nameof(model.Release), Rules.PartialDate(model.Release, model.ReleasePrecision, "Release"));
}
