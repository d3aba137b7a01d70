using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Companies;

/// <summary>Company writes: duplicates caught at entry (exact and close names and aliases), conflicts, safe deletes.</summary>
public sealed class CompanyEditor(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user)
    : VersionedEditor<Company, CompanyEditModel>(contexts, user)
{
    protected override string RecordName => "Company";

    protected override IQueryable<Company> Query(PartnerTrackerDbContext db) => db.Companies.Include(c => c.Aliases);

    protected override CompanyEditModel ToModel(Company entity) => CompanyEditModel.From(entity);

    protected override string NameOf(Company entity) => entity.Name;

    protected override Company NewEntity(CompanyEditModel model) => new() { Name = model.Name.Trim() };

    protected override async Task<IReadOnlyDictionary<string, string?>> DescribeAsync(PartnerTrackerDbContext db, CompanyEditModel model, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string?>(model.Describe())
        {
            ["Owned by"] = await RecordNames.CompanyAsync(db, model.ParentCompanyId, cancellationToken),
        };
        return fields;
    }

    /// <summary>A company others depend on (deals, subsidiaries, people, products, events) is not deleted.</summary>
    protected override async Task<string?> DeletionBlockerAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken)
    {
        var dependents = await DependentsAsync(db, id, cancellationToken);
        return dependents.Count == 0 ? null : $"{name} cannot be deleted while {string.Join("; ", dependents)}. Remove those first.";
    }

    protected override Task<string> DeletionQuestionAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken) =>
        Task.FromResult($"Delete {name}, its aliases and the quotes about it?");

    protected override async Task RemoveDependentsAsync(PartnerTrackerDbContext db, int id, CancellationToken cancellationToken) =>
        db.Citations.RemoveRange(await db.Citations.Where(c => c.CompanyId == id).ToListAsync(cancellationToken));

    private static async Task<IReadOnlyList<string>> DependentsAsync(PartnerTrackerDbContext db, int companyId, CancellationToken cancellationToken)
    {
        var deals = await db.DealParticipants.Where(p => p.CompanyId == companyId).Select(p => p.Deal!.Name).Distinct().ToListAsync(cancellationToken);
        var subsidiaries = await db.Companies.Where(c => c.ParentCompanyId == companyId).Select(c => c.Name).ToListAsync(cancellationToken);
        var people = await db.People.Where(p => p.CompanyId == companyId).Select(p => p.FullName).ToListAsync(cancellationToken);
        var products = await db.Products.Where(p => p.CompanyId == companyId).Select(p => p.Name).ToListAsync(cancellationToken);
        var events = await db.EventCompanies.Where(e => e.CompanyId == companyId).Select(e => e.Event!.Name).ToListAsync(cancellationToken);
        var reasons = new List<string>();
        void Add(List<string> names, string what)
        {
            if (names.Count > 0)
            {
                reasons.Add($"{what} {string.Join(", ", names.Order(StringComparer.OrdinalIgnoreCase))}");
            }
        }

        Add(deals, "it takes part in the deal(s)");
        Add(subsidiaries, "it owns");
        Add(people, "it employs");
        Add(products, "it makes");
        Add(events, "it is at the event(s)");
        return reasons;
    }

    protected override void Apply(Company company, CompanyEditModel model)
    {
        company.Name = model.Name.Trim();
        company.CountryCode = string.IsNullOrWhiteSpace(model.CountryCode) ? null : model.CountryCode.Trim().ToUpperInvariant();
        company.Sector = Texts.Clean(model.Sector);
        company.Website = Texts.Clean(model.Website);
        company.Ticker = Texts.Clean(model.Ticker);
        company.Description = Texts.Clean(model.Description);
        company.ParentCompanyId = model.ParentCompanyId;

        var wanted = model.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        company.Aliases.RemoveAll(a => !wanted.Contains(a.Alias, StringComparer.Ordinal));
        foreach (var alias in wanted.Where(a => !company.Aliases.Any(existing => existing.Alias == a)))
        {
            company.Aliases.Add(new CompanyAlias { Alias = alias });
        }
    }

    protected override async Task<Validation> ValidateAsync(PartnerTrackerDbContext db, CompanyEditModel model, int? companyId, CancellationToken cancellationToken)
    {
        var validation = CompanyRules.Validate(model);
        if (!validation.IsValid)
        {
            return validation;
        }

        var name = Company.Normalize(model.Name);
        var others = db.Companies.Where(c => c.Id != companyId);
        if (await others.Where(c => c.NormalizedName == name).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) is { } sameName)
        {
            validation.Check(nameof(model.Name), $"A company named “{sameName}” already exists; open it instead.");
        }
        else if (await db.CompanyAliases.Where(a => a.CompanyId != companyId && a.NormalizedAlias == name).Select(a => a.Company!.Name).FirstOrDefaultAsync(cancellationToken) is { } aliasOwner)
        {
            validation.Check(nameof(model.Name), $"“{model.Name.Trim()}” is already an alias of {aliasOwner}; open it instead.");
        }
        else if (!model.AllowSimilarName)
        {
            var similar = (await CompanyLookup.FindAsync(db, model.Name, 5, cancellationToken)).Where(m => m.Id != companyId).ToList();
            if (similar.Count > 0)
            {
                validation.Check(nameof(model.Name), $"Looks like an existing company: {string.Join(", ", similar.Select(s => s.ToString()))}. Open it instead, or confirm this is a different company.");
            }
        }

        foreach (var typed in model.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0))
        {
            var alias = Company.Normalize(typed);
            var holder = await others.Where(c => c.NormalizedName == alias).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
                ?? await db.CompanyAliases.Where(a => a.CompanyId != companyId && a.NormalizedAlias == alias).Select(a => a.Company!.Name).FirstOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                validation.Check(nameof(model.Aliases), $"The alias “{typed}” already names {holder}.");
            }
        }

        if (model.ParentCompanyId is { } parentId)
        {
            if (!await db.Companies.AnyAsync(c => c.Id == parentId, cancellationToken))
            {
                validation.Check(nameof(model.ParentCompanyId), "The owner no longer exists.");
            }
            else if (companyId is { } id && await OwnsAsync(db, id, parentId, cancellationToken))
            {
                validation.Check(nameof(model.ParentCompanyId), "That company is owned by this one; ownership cannot go round in a circle.");
            }
        }

        return validation;
    }

    /// <summary>True when <paramref name="ownerId"/> is <paramref name="companyId"/> or owned by it, directly or not.</summary>
    private static async Task<bool> OwnsAsync(PartnerTrackerDbContext db, int companyId, int ownerId, CancellationToken cancellationToken)
    {
        int? current = ownerId;
        for (var depth = 0; current is not null && depth < 100; depth++)
        {
            if (current == companyId)
            {
                return true;
            }

            var id = current.Value;
            current = await db.Companies.Where(c => c.Id == id).Select(c => c.ParentCompanyId).SingleOrDefaultAsync(cancellationToken);
        }

        return false;
    }
}
