namespace PartnerTracker.Domain;

/// <summary>A meeting, summit, press event or interview where deals are discussed.</summary>
public class Event : IVersioned
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public EventKind Kind { get; set; }

    public required PartialDate Date { get; set; }

    public string? Place { get; set; }

    /// <summary>How sure we are that it took place as recorded ("according to industry sources" is Reported).</summary>
    public Verification Verification { get; set; } = Verification.Reported;

    public string? Description { get; set; }

    public List<EventAttendee> Attendees { get; set; } = [];

    public List<EventCompany> Companies { get; set; } = [];

    public List<EventDeal> Deals { get; set; } = [];

    public Guid Version { get; set; }
}

public class EventAttendee
{
    public int EventId { get; set; }

    public Event? Event { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }
}

public class EventCompany
{
    public int EventId { get; set; }

    public Event? Event { get; set; }

    public int CompanyId { get; set; }

    public Company? Company { get; set; }
}

public class EventDeal
{
    public int EventId { get; set; }

    public Event? Event { get; set; }

    public int DealId { get; set; }

    public Deal? Deal { get; set; }
}
