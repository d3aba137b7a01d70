using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Products;

/// <summary>A product's writes: create, edit (with conflict detection), delete (refused while it is in a deal).</summary>
public sealed class ProductEditor(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user, IMapper mapper)
    : VersionedEditor<Product, ProductEditModel>(contexts, user)
{
    protected override string RecordName => "Product";

    protected override ProductEditModel ToModel(Product entity) => ProductEditModel.From(entity);

    protected override string NameOf(Product entity) => entity.Name;

    protected override Product NewEntity(ProductEditModel model) => new() { Name = model.Name.Trim() };

    protected override void Apply(Product entity, ProductEditModel model)
    {
        entity.Name = model.Name.Trim();
        entity.Kind = model.Kind;
        entity.Description = Texts.Clean(model.Description);
        entity.CompanyId = model.CompanyId!.Value;
        entity.Release = model.Release is { } release ? new PartialDate(release, model.ReleasePrecision!.Value) : null;
        entity.ReleaseIsPlanned = model.ReleaseIsPlanned;
    }

    protected override async Task<Validation> ValidateAsync(PartnerTrackerDbContext db, ProductEditModel model, int? id, CancellationToken cancellationToken)
    {
        var validation = ProductRules.Validate(model);
        if (model.CompanyId is not { } companyId)
        {
            return validation;
        }

        var companyError = await RecordNames.CheckCompanyAsync(db, companyId, cancellationToken);
        validation.Check(nameof(model.CompanyId), companyError);

        // The unique index on (company, name) would refuse it too, but with an error no user should read.
        if (companyError is null && validation.IsValid
            && await ProductQueries.SameName(db, companyId, model.Name.Trim(), id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            validation.Check(nameof(model.Name), $"{existing.CompanyName} already has a product named “{existing.Name}”; pick another name or edit that one.");
        }

        return validation;
    }

    protected override async Task<IReadOnlyDictionary<string, string?>> DescribeAsync(PartnerTrackerDbContext db, ProductEditModel model, CancellationToken cancellationToken) =>
        model.Describe(await RecordNames.CompanyAsync(db, model.CompanyId, cancellationToken));

    protected override async Task<string?> DeletionBlockerAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken)
    {
        var deals = await ProductQueries.Deals(db, id, mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        return deals.Count == 0
            ? null
            : $"“{name}” cannot be deleted: it is in {Texts.Count(deals.Count, "deal", "deals")} ({string.Join("; ", deals.Select(d => d.DealName).Distinct())}). Take it off those first.";
    }

    protected override async Task<string> DeletionQuestionAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken)
    {
        var citations = await db.Citations.CountAsync(c => c.ProductId == id, cancellationToken);
        return $"Delete “{name}” with {Texts.Count(citations, "citation", "citations")} about it?";
    }

    protected override async Task RemoveDependentsAsync(PartnerTrackerDbContext db, int id, CancellationToken cancellationToken) =>
        db.Citations.RemoveRange(await db.Citations.Where(c => c.ProductId == id).ToListAsync(cancellationToken));
}
