using PartnerTracker.Application.Common;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Companies;

public static class CompanyRules
{
    public const int SectorMaxLength = 100;
    public const int WebsiteMaxLength = 2048;
    public const int TickerMaxLength = 20;
    public const int DescriptionMaxLength = 4000;

    public static Validation Validate(CompanyEditModel model)
    {
        var validation = new Validation()
            .Check(nameof(model.Name), Rules.RequiredText(model.Name, "Name", Company.NameMaxLength))
            .Check(nameof(model.CountryCode), Rules.CountryCode(model.CountryCode))
            .Check(nameof(model.Sector), Rules.OptionalText(model.Sector, "Sector", SectorMaxLength))
            .Check(nameof(model.Website), Rules.OptionalText(model.Website, "Website", WebsiteMaxLength) ?? Rules.HttpUrl(model.Website?.Trim()))
            .Check(nameof(model.Ticker), Rules.OptionalText(model.Ticker, "Ticker", TickerMaxLength))
            .Check(nameof(model.Description), Rules.OptionalText(model.Description, "Description", DescriptionMaxLength));

        var aliases = model.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        foreach (var alias in aliases)
        {
            validation.Check(nameof(model.Aliases), Rules.OptionalText(alias, $"Alias “{alias[..Math.Min(alias.Length, 40)]}”", Company.NameMaxLength));
        }

        if (aliases.Count != aliases.Distinct(StringComparer.OrdinalIgnoreCase).Count())
        {
            validation.Check(nameof(model.Aliases), "An alias is listed twice.");
        }

        if (aliases.Any(a => Company.Normalize(a) == Company.Normalize(model.Name)))
        {
            validation.Check(nameof(model.Aliases), "An alias repeats the company's own name.");
        }

        return validation;
    }
}
