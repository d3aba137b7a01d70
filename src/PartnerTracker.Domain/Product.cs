namespace PartnerTracker.Domain;

public class Product : IVersioned
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public ProductKind Kind { get; set; }

    public string? Description { get; set; }

    public int CompanyId { get; set; }

    public Company? Company { get; set; }

    /// <summary>When it is (or is planned to be) released, to the precision known.</summary>
    public PartialDate? Release { get; set; }

    public bool ReleaseIsPlanned { get; set; }

    public Guid Version { get; set; }
}
