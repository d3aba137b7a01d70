namespace PartnerTracker.Domain;

public class Person : IVersioned
{
    public int Id { get; set; }

    public required string FullName { get; set; }

    /// <summary>The name in its own script, when known (이재용).</summary>
    public string? NativeName { get; set; }

    public string? Title { get; set; }

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public List<DealPerson> DealRoles { get; set; } = [];

    public List<EventAttendee> EventsAttended { get; set; } = [];

    public Guid Version { get; set; }
}
