using PartnerTracker.Application.Common;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Events;

/// <summary>
/// The event form's fields. The people, companies and deals it links are ids: each must exist and appear once.
/// <see cref="Version"/> is the token the form was opened with.
/// </summary>
public sealed class EventEditModel : IEditModel
{
    public string Name { get; set; } = "";
    public EventKind Kind { get; set; } = EventKind.Meeting;
    public Verification Verification { get; set; } = Verification.Reported;
    public DateOnly? Date { get; set; }
    public DatePrecision? DatePrecision { get; set; } = Domain.DatePrecision.Day;
    public string? Place { get; set; }
    public string? Description { get; set; }
    public List<int> AttendeeIds { get; set; } = [];
    public List<int> CompanyIds { get; set; } = [];
    public List<int> DealIds { get; set; } = [];
    public Guid Version { get; set; }

    public static EventEditModel From(Event meeting) => new()
    {
        Name = meeting.Name,
        Kind = meeting.Kind,
        Verification = meeting.Verification,
        Date = meeting.Date.Start,
        DatePrecision = meeting.Date.Precision,
        Place = meeting.Place,
        Description = meeting.Description,
        AttendeeIds = meeting.Attendees.Select(a => a.PersonId).ToList(),
        CompanyIds = meeting.Companies.Select(c => c.CompanyId).ToList(),
        DealIds = meeting.Deals.Select(d => d.DealId).ToList(),
        Version = meeting.Version,
    };

    /// <summary>Each field as a person reads it, by label, with the linked records by name: what a conflict compares and shows.</summary>
    public IReadOnlyDictionary<string, string?> Describe(string? attendees, string? companies, string? deals) => new Dictionary<string, string?>
    {
        ["Name"] = Name.Trim(),
        ["Kind"] = Kind.ToString(),
        ["Verification"] = Verification.ToString(),
        ["Date"] = Date is { } date && DatePrecision is { } precision ? PartialDate.Format(date, precision) : null,
        ["Place"] = Texts.Clean(Place),
        ["Description"] = Texts.Clean(Description),
        ["Attendees"] = attendees,
        ["Companies"] = companies,
        ["Deals"] = deals,
    };
}
