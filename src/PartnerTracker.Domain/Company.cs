namespace PartnerTracker.Domain;

public class Company : IVersioned
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Upper-cased trimmed <see cref="Name"/>; its unique index makes names unique case-insensitively on every provider.</summary>
    public string NormalizedName { get; private set; } = "";

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? CountryCode { get; set; }

    public string? Sector { get; set; }

    public string? Website { get; set; }

    public string? Ticker { get; set; }

    public string? Description { get; set; }

    /// <summary>The owner, when ownership is known (Arm is owned by SoftBank Group).</summary>
    public int? ParentCompanyId { get; set; }

    public Company? ParentCompany { get; set; }

    public List<Company> Subsidiaries { get; set; } = [];

    public List<CompanyAlias> Aliases { get; set; } = [];

    public List<DealParticipant> Participations { get; set; } = [];

    public Guid Version { get; set; }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    /// <summary>Called before every save so the normalized key never drifts from the name.</summary>
    public void RefreshNormalizedName() => NormalizedName = Normalize(Name);
}

/// <summary>Another name a company goes by ("SoftBank" for SoftBank Group).</summary>
public class CompanyAlias
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public Company? Company { get; set; }

    public required string Alias { get; set; }

    public string NormalizedAlias { get; private set; } = "";

    public void RefreshNormalizedAlias() => NormalizedAlias = Company.Normalize(Alias);
}
