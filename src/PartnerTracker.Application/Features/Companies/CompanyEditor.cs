using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Companies;

/// <summary>Company writes: duplicates caught at entry (exact and close names and aliases), conflicts, safe deletes.</summary>
public sealed class CompanyEditor(IDbContextFactory<PartnerTrackerDbContext> contexts)
{
    public async Task<CompanyEditModel?> GetAsync(int companyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.AsNoTracking().Include(c => c.Aliases).SingleOrDefaultAsync(c => c.Id == companyId, cancellationToken);
        return company is null ? null : CompanyEditModel.From(company);
    }

    public async Task<CommandResult> CreateAsync(CompanyEditModel model, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var validation = await ValidateAsync(db, model, companyId: null, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var company = new Company { Name = model.Name.Trim() };
        Apply(company, model);
        db.Companies.Add(company);
        await db.SaveChangesAsync(cancellationToken);
        return new CommandResult.Saved(company.Id);
    }

    public async Task<CommandResult> UpdateAsync(int companyId, CompanyEditModel model, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.Include(c => c.Aliases).SingleOrDefaultAsync(c => c.Id == companyId, cancellationToken);
        if (company is null)
        {
            return new CommandResult.NotFound($"Company {companyId} no longer exists; someone may have deleted it.");
        }

        if (!overwrite && company.Version != model.Version)
        {
            return Conflict(model, CompanyEditModel.From(company));
        }

        var validation = await ValidateAsync(db, model, companyId, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        db.Entry(company).Property(c => c.Version).OriginalValue = overwrite ? company.Version : model.Version;
        company.Name = model.Name.Trim();
        Apply(company, model);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var stored = await GetAsync(companyId, cancellationToken);
            return stored is null ? new CommandResult.NotFound($"Company {companyId} was deleted while you edited it.") : Conflict(model, stored);
        }

        return new CommandResult.Saved(company.Id);
    }

    /// <summary>What else holds on to the company; a company is deleted only when nothing does.</summary>
    public async Task<IReadOnlyList<string>> DependentsAsync(int companyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DependentsAsync(db, companyId, cancellationToken);
    }

    public async Task<CommandResult> DeleteAsync(int companyId, Guid version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Id == companyId, cancellationToken);
        if (company is null)
        {
            return new CommandResult.NotFound($"Company {companyId} was already deleted.");
        }

        var dependents = await DependentsAsync(db, companyId, cancellationToken);
        if (dependents.Count > 0)
        {
            return CommandResult.Invalid.One("", $"{company.Name} cannot be deleted while {string.Join("; ", dependents)}. Remove those first.");
        }

        if (company.Version != version)
        {
            return new CommandResult.Conflict([new FieldConflict("Company", "delete", "changed by someone else since you opened it; reload and decide again")]);
        }

        db.Citations.RemoveRange(await db.Citations.Where(c => c.CompanyId == companyId).ToListAsync(cancellationToken));
        db.Entry(company).Property(c => c.Version).OriginalValue = version;
        db.Companies.Remove(company);
        await db.SaveChangesAsync(cancellationToken);
        return new CommandResult.Saved(companyId);
    }

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

    private static CommandResult.Conflict Conflict(CompanyEditModel yours, CompanyEditModel stored)
    {
        var mine = yours.Describe();
        var theirs = stored.Describe();
        return new CommandResult.Conflict(mine.Where(f => f.Value != theirs[f.Key]).Select(f => new FieldConflict(f.Key, f.Value, theirs[f.Key])).ToList());
    }

    private static void Apply(Company company, CompanyEditModel model)
    {
        company.CountryCode = string.IsNullOrWhiteSpace(model.CountryCode) ? null : model.CountryCode.Trim().ToUpperInvariant();
        company.Sector = Trimmed(model.Sector);
        company.Website = Trimmed(model.Website);
        company.Ticker = Trimmed(model.Ticker);
        company.Description = Trimmed(model.Description);
        company.ParentCompanyId = model.ParentCompanyId;

        var wanted = model.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        company.Aliases.RemoveAll(a => !wanted.Contains(a.Alias, StringComparer.Ordinal));
        foreach (var alias in wanted.Where(a => !company.Aliases.Any(existing => existing.Alias == a)))
        {
            company.Aliases.Add(new CompanyAlias { Alias = alias });
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static async Task<Validation> ValidateAsync(PartnerTrackerDbContext db, CompanyEditModel model, int? companyId, CancellationToken cancellationToken)
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

        foreach (var alias in model.Aliases.Select(Company.Normalize).Where(a => a.Length > 0))
        {
            var holder = await others.Where(c => c.NormalizedName == alias).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
                ?? await db.CompanyAliases.Where(a => a.CompanyId != companyId && a.NormalizedAlias == alias).Select(a => a.Company!.Name).FirstOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                validation.Check(nameof(model.Aliases), $"The alias “{alias}” already names {holder}.");
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
