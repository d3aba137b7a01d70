using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.People;

/// <summary>A person's writes: create, edit (with conflict detection), delete (refused while on a deal or at an event).</summary>
public sealed class PersonEditor(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user, IMapper mapper)
    : VersionedEditor<Person, PersonEditModel>(contexts, user)
{
    protected override string RecordName => "Person";

    protected override PersonEditModel ToModel(Person entity) => PersonEditModel.From(entity);

    protected override string NameOf(Person entity) => entity.FullName;

    protected override Person NewEntity(PersonEditModel model) => new() { FullName = model.FullName.Trim() };

    protected override void Apply(Person entity, PersonEditModel model)
    {
        entity.FullName = model.FullName.Trim();
        entity.NativeName = Texts.Clean(model.NativeName);
        entity.Title = Texts.Clean(model.Title);
        entity.CompanyId = model.CompanyId;
    }

    protected override async Task<Validation> ValidateAsync(PartnerTrackerDbContext db, PersonEditModel model, int? id, CancellationToken cancellationToken) =>
        PersonRules.Validate(model).Check(nameof(model.CompanyId), await RecordNames.CheckCompanyAsync(db, model.CompanyId, cancellationToken));

    protected override async Task<IReadOnlyDictionary<string, string?>> DescribeAsync(PartnerTrackerDbContext db, PersonEditModel model, CancellationToken cancellationToken) =>
        model.Describe(await RecordNames.CompanyAsync(db, model.CompanyId, cancellationToken));

    protected override async Task<string?> DeletionBlockerAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken)
    {
        var deals = await PersonQueries.Deals(db, id, mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var events = await PersonQueries.Events(db, id, mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        if (deals.Count == 0 && events.Count == 0)
        {
            return null;
        }

        var uses = new List<string>();
        if (deals.Count > 0)
        {
            uses.Add($"are on {Texts.Count(deals.Count, "deal", "deals")} ({string.Join("; ", deals.Select(d => $"{d.DealName} as {d.Role}"))})");
        }

        if (events.Count > 0)
        {
            uses.Add($"attend {Texts.Count(events.Count, "event", "events")} ({string.Join("; ", events.Select(e => e.EventName))})");
        }

        return $"“{name}” cannot be deleted: they {string.Join(" and ", uses)}. Take them off those first.";
    }

    protected override async Task<string> DeletionQuestionAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken)
    {
        var citations = await db.Citations.CountAsync(c => c.PersonId == id, cancellationToken);
        return $"Delete “{name}” with {Texts.Count(citations, "citation", "citations")} about them?";
    }

    protected override async Task RemoveDependentsAsync(PartnerTrackerDbContext db, int id, CancellationToken cancellationToken) =>
        db.Citations.RemoveRange(await db.Citations.Where(c => c.PersonId == id).ToListAsync(cancellationToken));
}
