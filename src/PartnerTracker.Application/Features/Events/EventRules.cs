using PartnerTracker.Application.Common;

namespace PartnerTracker.Application.Features.Events;

/// <summary>The event form's rules that need no database: the form shows them inline, the editor enforces them.</summary>
public static class EventRules
{
    public const int NameMaxLength = 200;
    public const int PlaceMaxLength = 300;
    public const int DescriptionMaxLength = 4000;

    public static Validation Validate(EventEditModel model) => new Validation()
        .Check(nameof(model.Name), Rules.RequiredText(model.Name, "Name", NameMaxLength))
        .Check(nameof(model.Kind), Rules.Defined(model.Kind, "Kind"))
        .Check(nameof(model.Verification), Rules.Defined(model.Verification, "Verification"))
        .Check(nameof(model.Date), model.Date is null
            ? "Date is required: say when the event took place, to the precision known."
            : Rules.PartialDate(model.Date, model.DatePrecision, "Date"))
        .Check(nameof(model.Place), Rules.OptionalText(model.Place, "Place", PlaceMaxLength))
        .Check(nameof(model.Description), Rules.OptionalText(model.Description, "Description", DescriptionMaxLength));
}
