using PartnerTracker.Application.Common;

namespace PartnerTracker.Application.Features.People;

/// <summary>The person form's rules that need no database: the form shows them inline, the editor enforces them.</summary>
public static class PersonRules
{
    public const int NameMaxLength = 200;
    public const int TitleMaxLength = 200;

    public static Validation Validate(PersonEditModel model) => new Validation()
        .Check(nameof(model.FullName), Rules.RequiredText(model.FullName, "Name", NameMaxLength))
        .Check(nameof(model.NativeName), Rules.OptionalText(model.NativeName, "Native name", NameMaxLength))
        .Check(nameof(model.Title), Rules.OptionalText(model.Title, "Title", TitleMaxLength));
}
