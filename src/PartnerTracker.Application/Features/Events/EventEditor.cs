using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Events;

/// <summary>An event's writes: create, edit (its attendees, companies and deals replaced as listed), delete.</summary>
public sealed class EventEditor(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user)
    : VersionedEditor<Event, EventEditModel>(contexts, user)
{
    /// <summary>The names of the people, companies and deals a form links, for its chips (ids that no longer exist are left out).</summary>
    public async Task<EventLinks> LinkedNamesAsync(EventEditModel model, CancellationToken cancellationToken = default)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        return new EventLinks(
            await RecordNames.People(db, model.AttendeeIds).ToListAsync(cancellationToken),
            await RecordNames.Companies(db, model.CompanyIds).ToListAsync(cancellationToken),
            await RecordNames.Deals(db, model.DealIds).ToListAsync(cancellationToken));
    }

    protected override string RecordName => "Event";

    protected override IQueryable<Event> Query(PartnerTrackerDbContext db) =>
        db.Events.Include(e => e.Attendees).Include(e => e.Companies).Include(e => e.Deals).AsSplitQuery();

    protected override EventEditModel ToModel(Event entity) => EventEditModel.From(entity);

    protected override string NameOf(Event entity) => entity.Name;

    protected override Event NewEntity(EventEditModel model) =>
        new() { Name = model.Name.Trim(), Date = new PartialDate(model.Date!.Value, model.DatePrecision!.Value) };

    protected override void Apply(Event entity, EventEditModel model)
    {
        entity.Name = model.Name.Trim();
        entity.Kind = model.Kind;
        entity.Verification = model.Verification;
        entity.Date = new PartialDate(model.Date!.Value, model.DatePrecision!.Value);
        entity.Place = Texts.Clean(model.Place);
        entity.Description = Texts.Clean(model.Description);
        Replace(entity.Attendees, model.AttendeeIds, a => a.PersonId, id => new EventAttendee { PersonId = id });
        Replace(entity.Companies, model.CompanyIds, c => c.CompanyId, id => new EventCompany { CompanyId = id });
        Replace(entity.Deals, model.DealIds, d => d.DealId, id => new EventDeal { DealId = id });
    }

    protected override async Task<Validation> ValidateAsync(PartnerTrackerDbContext db, EventEditModel model, int? id, CancellationToken cancellationToken) =>
        EventRules.Validate(model)
            .Check(nameof(model.AttendeeIds), await RecordNames.CheckAsync(model.AttendeeIds, ids => RecordNames.People(db, ids), "person", cancellationToken))
            .Check(nameof(model.CompanyIds), await RecordNames.CheckAsync(model.CompanyIds, ids => RecordNames.Companies(db, ids), "company", cancellationToken))
            .Check(nameof(model.DealIds), await RecordNames.CheckAsync(model.DealIds, ids => RecordNames.Deals(db, ids), "deal", cancellationToken));

    protected override async Task<IReadOnlyDictionary<string, string?>> DescribeAsync(PartnerTrackerDbContext db, EventEditModel model, CancellationToken cancellationToken) =>
        model.Describe(
            await RecordNames.JoinAsync(RecordNames.People(db, model.AttendeeIds), model.AttendeeIds, cancellationToken),
            await RecordNames.JoinAsync(RecordNames.Companies(db, model.CompanyIds), model.CompanyIds, cancellationToken),
            await RecordNames.JoinAsync(RecordNames.Deals(db, model.DealIds), model.DealIds, cancellationToken));

    protected override async Task<string> DeletionQuestionAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken)
    {
        var counts = await db.Events.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { Attendees = e.Attendees.Count, Companies = e.Companies.Count, Deals = e.Deals.Count })
            .SingleAsync(cancellationToken);
        var citations = await db.Citations.CountAsync(c => c.EventId == id, cancellationToken);
        return $"Delete “{name}” with {Texts.Count(citations, "citation", "citations")} about it? Its links to "
            + $"{Texts.Count(counts.Attendees, "attendee", "attendees")}, {Texts.Count(counts.Companies, "company", "companies")} and "
            + $"{Texts.Count(counts.Deals, "deal", "deals")} go with it; the people, companies and deals stay.";
    }

    protected override async Task RemoveDependentsAsync(PartnerTrackerDbContext db, int id, CancellationToken cancellationToken) =>
        db.Citations.RemoveRange(await db.Citations.Where(c => c.EventId == id).ToListAsync(cancellationToken));

    /// <summary>Makes the link rows match the ids: rows no longer listed go, new ids are added, kept rows stay as they are.</summary>
    private static void Replace<TLink>(List<TLink> rows, List<int> ids, Func<TLink, int> key, Func<int, TLink> create)
    {
        var wanted = ids.ToHashSet();
        rows.RemoveAll(row => !wanted.Contains(key(row)));
        var kept = rows.Select(key).ToHashSet();
        rows.AddRange(wanted.Where(id => !kept.Contains(id)).Select(create));
    }
}

/// <summary>An event's links by name, as its form shows them.</summary>
public sealed record EventLinks(IReadOnlyList<IdName> Attendees, IReadOnlyList<IdName> Companies, IReadOnlyList<IdName> Deals);
