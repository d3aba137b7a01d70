using PartnerTracker.Application.Common;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.People;

/// <summary>The person form's fields. <see cref="Version"/> is the token the form was opened with.</summary>
public sealed class PersonEditModel : IEditModel
{
    public string FullName { get; set; } = "";
    public string? NativeName { get; set; }
    public string? Title { get; set; }

    /// <summary>The person's current company, when known.</summary>
    public int? CompanyId { get; set; }

    public Guid Version { get; set; }

    public static PersonEditModel From(Person person) => new()
    {
        FullName = person.FullName,
        NativeName = person.NativeName,
        Title = person.Title,
        CompanyId = person.CompanyId,
        Version = person.Version,
    };

    /// <summary>Each field as a person reads it, by label: what a conflict compares and shows.</summary>
    public IReadOnlyDictionary<string, string?> Describe(string? companyName) => new Dictionary<string, string?>
    {
        ["Name"] = FullName.Trim(),
        ["Native name"] = Texts.Clean(NativeName),
        ["Title"] = Texts.Clean(Title),
        ["Company"] = companyName,
    };
}
