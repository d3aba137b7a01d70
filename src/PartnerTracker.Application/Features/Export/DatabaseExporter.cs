using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Export;

/// <summary>
/// Writes the whole database as JSON (<see cref="DatabaseDump"/>), table by table, each read in id order and
/// written row by row as it streams from the database. The same database always gives the same bytes.
/// </summary>
public sealed class DatabaseExporter(IDbContextFactory<PartnerTrackerDbContext> contexts)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    private const int FlushEvery = 64 * 1024;

    public async Task WriteJsonAsync(Stream output, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // The writer fills a memory buffer, which goes to the output asynchronously every 64 KB: an HTTP response
        // refuses synchronous writes, and JsonSerializer flushes its writer synchronously.
        var buffer = new ArrayBufferWriter<byte>(2 * FlushEvery);
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("format", DatabaseDump.FormatName);
        json.WriteNumber("formatVersion", DatabaseDump.CurrentFormatVersion);
        await TableAsync(json, buffer, output, "companies", db.Companies.AsNoTracking().OrderBy(c => c.Id),
            c => new CompanyRow(c.Id, c.Name, c.CountryCode, c.Sector, c.Website, c.Ticker, c.Description, c.ParentCompanyId, c.Version), cancellationToken);
        await TableAsync(json, buffer, output, "companyAliases", db.CompanyAliases.AsNoTracking().OrderBy(a => a.Id),
            a => new CompanyAliasRow(a.Id, a.CompanyId, a.Alias), cancellationToken);
        await TableAsync(json, buffer, output, "people", db.People.AsNoTracking().OrderBy(p => p.Id),
            p => new PersonRow(p.Id, p.FullName, p.NativeName, p.Title, p.CompanyId, p.Version), cancellationToken);
        await TableAsync(json, buffer, output, "products", db.Products.AsNoTracking().OrderBy(p => p.Id),
            p => new ProductRow(p.Id, p.Name, p.Kind, p.Description, p.CompanyId, DateRow.From(p.Release), p.ReleaseIsPlanned, p.Version), cancellationToken);
        await TableAsync(json, buffer, output, "sources", db.SourceArticles.AsNoTracking().OrderBy(s => s.Id),
            s => new SourceRow(s.Id, s.Title, s.Publisher, s.Author, s.Url, s.PublishedOn, s.RetrievedOn, s.Language, s.Text, s.Version), cancellationToken);
        await TableAsync(json, buffer, output, "fxRates", db.FxRates.AsNoTracking().OrderBy(r => r.Id),
            r => new FxRateRow(r.Id, r.CurrencyCode, r.Date, r.RateToUsd, r.Source), cancellationToken);
        await TableAsync(json, buffer, output, "deals", db.Deals.AsNoTracking().OrderBy(d => d.Id),
            d => new DealRow(d.Id, d.Name, d.Kind, d.Stage, d.Verification, d.Summary, d.CountryCode, MoneyRow.From(d.Value), d.ValueUsd, d.FxRateId,
                DateRow.From(d.AnnouncedOn), DateRow.From(d.ExpectedCloseOn), d.ParentDealId, d.Version), cancellationToken);
        await TableAsync(json, buffer, output, "dealParticipants", db.DealParticipants.AsNoTracking().OrderBy(p => p.Id),
            p => new ParticipantRow(p.Id, p.DealId, p.CompanyId, p.Role, p.Verification, MoneyRow.From(p.Commitment)), cancellationToken);
        await TableAsync(json, buffer, output, "dealPeople", db.DealPeople.AsNoTracking().OrderBy(p => p.Id),
            p => new DealPersonRow(p.Id, p.DealId, p.PersonId, p.Role), cancellationToken);
        await TableAsync(json, buffer, output, "dealProducts", db.DealProducts.AsNoTracking().OrderBy(p => p.Id),
            p => new DealProductRow(p.Id, p.DealId, p.ProductId, p.Role), cancellationToken);
        await TableAsync(json, buffer, output, "dealLinks", db.DealLinks.AsNoTracking().OrderBy(l => l.Id),
            l => new DealLinkRow(l.Id, l.FromDealId, l.ToDealId, l.Kind), cancellationToken);
        await TableAsync(json, buffer, output, "stageChanges", db.StageChanges.AsNoTracking().OrderBy(s => s.Id),
            s => new StageChangeRow(s.Id, s.DealId, s.FromStage, s.ToStage, DateRow.From(s.EffectiveOn)!, s.RecordedBy, s.RecordedAtUtc, s.SourceArticleId), cancellationToken);
        await TableAsync(json, buffer, output, "events", db.Events.AsNoTracking().OrderBy(e => e.Id),
            e => new EventRow(e.Id, e.Name, e.Kind, DateRow.From(e.Date)!, e.Place, e.Verification, e.Description, e.Version), cancellationToken);
        await TableAsync(json, buffer, output, "eventAttendees", db.EventAttendees.AsNoTracking().OrderBy(a => a.EventId).ThenBy(a => a.PersonId),
            a => new EventAttendeeRow(a.EventId, a.PersonId), cancellationToken);
        await TableAsync(json, buffer, output, "eventCompanies", db.EventCompanies.AsNoTracking().OrderBy(c => c.EventId).ThenBy(c => c.CompanyId),
            c => new EventCompanyRow(c.EventId, c.CompanyId), cancellationToken);
        await TableAsync(json, buffer, output, "eventDeals", db.EventDeals.AsNoTracking().OrderBy(d => d.EventId).ThenBy(d => d.DealId),
            d => new EventDealRow(d.EventId, d.DealId), cancellationToken);
        await TableAsync(json, buffer, output, "citations", db.Citations.AsNoTracking().OrderBy(c => c.Id),
            c => new CitationRow(c.Id, c.SourceArticleId, c.Quote, c.Subject, c.DealId, c.DealParticipantId, c.DealPersonId, c.DealProductId,
                c.StageChangeId, c.EventId, c.CompanyId, c.PersonId, c.ProductId), cancellationToken);
        await TableAsync(json, buffer, output, "auditEntries", db.AuditEntries.AsNoTracking().OrderBy(a => a.Id),
            a => new AuditRow(a.Id, a.AtUtc, a.UserName, a.EntityType, a.EntityId, a.RecordType, a.RecordId, a.Action, a.Field, a.OldValue, a.NewValue), cancellationToken);
        json.WriteEndObject();
        await SendAsync(json, buffer, output, cancellationToken);
    }

    private static async Task SendAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream output, CancellationToken cancellationToken)
    {
        json.Flush();
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        buffer.ResetWrittenCount();
    }

    private static async Task TableAsync<TEntity, TRow>(
        Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream output, string name, IQueryable<TEntity> rows, Func<TEntity, TRow> toRow, CancellationToken cancellationToken)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        await foreach (var entity in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(json, toRow(entity), Json);
            if (buffer.WrittenCount + json.BytesPending > FlushEvery)
            {
                await SendAsync(json, buffer, output, cancellationToken);
            }
        }

        json.WriteEndArray();
    }
}
