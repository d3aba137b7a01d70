using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Export;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Import;

/// <summary>What a full JSON export holds, counted for the preview, or why it cannot be restored here.</summary>
public sealed record RestorePreview(DatabaseDump? Dump, IReadOnlyList<string> Errors, IReadOnlyList<(string Table, int Rows)> Counts)
{
    public bool CanRestore => Dump is not null && Errors.Count == 0;

    public int TotalRows => Counts.Sum(c => c.Rows);
}

/// <summary>
/// Reads a full JSON export (<see cref="DatabaseExporter"/>) back into an empty database: every id, foreign key
/// and version token as exported, in one transaction, so exporting again gives the same file.
/// </summary>
public sealed class DatabaseRestorer(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user)
{
    private const int ChunkSize = 2_000;

    /// <summary>Reads and checks the file; nothing is written.</summary>
    public async Task<RestorePreview> PreviewAsync(Stream json, CancellationToken cancellationToken = default)
    {
        DatabaseDump? dump;
        try
        {
            dump = await JsonSerializer.DeserializeAsync<DatabaseDump>(json, DatabaseExporter.Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "";
            return Refused($"The file is not a PartnerTracker JSON export: it is not valid JSON{where}.");
        }

        if (dump is null || dump.Format != DatabaseDump.FormatName)
        {
            return Refused("The file is JSON but not a PartnerTracker database export (its \"format\" is missing or different).");
        }

        if (dump.FormatVersion != DatabaseDump.CurrentFormatVersion)
        {
            return Refused($"The export is format version {dump.FormatVersion}; this app reads version {DatabaseDump.CurrentFormatVersion}.");
        }

        var errors = new List<string>();
        if (dump.Deals.Concat<object>(dump.Companies).Concat(dump.People).Concat(dump.Sources).Concat(dump.Events).Concat(dump.FxRates).Any(r => r is null))
        {
            errors.Add("The export holds empty (null) records.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await IsOccupiedAsync(db, cancellationToken))
        {
            errors.Add("A full export is restored only into an empty database, and this one already holds records; start the app on a new database file first.");
        }

        var unknownCurrencies = dump.FxRates.Select(r => r?.CurrencyCode)
            .Concat(dump.Deals.Select(d => d?.Value?.Currency)).Concat(dump.DealParticipants.Select(p => p?.Commitment?.Currency))
            .Where(c => c is not null && !Currency.IsKnownCode(c)).Distinct().ToList();
        if (unknownCurrencies.Count > 0)
        {
            errors.Add($"Unknown currency codes: {string.Join(", ", unknownCurrencies)}.");
        }

        return new RestorePreview(dump, errors, Count(dump));
    }

    /// <summary>Writes the whole export in one transaction; on any failure or cancel the database stays empty.</summary>
    public async Task<ImportOutcome> RestoreAsync(DatabaseDump dump, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // A restore brings its own audit trail, written as it stands: only an administrator may vouch for one.
        if (Permission.RefuseUnlessAdmin(user, "restore a whole database, which brings its own audit trail") is { } forbidden)
        {
            return new ImportOutcome.Forbidden(forbidden.Message);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.RestoresExport = true;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await IsOccupiedAsync(db, cancellationToken))
        {
            return new ImportOutcome.Refused("The database received records since the preview; a full export is restored only into an empty database.");
        }

        var total = Count(dump).Sum(c => c.Rows);
        var done = 0;
        async Task Table<TRow, TEntity>(string step, IEnumerable<TRow> rows, Func<TRow, TEntity> toEntity)
            where TEntity : class
        {
            foreach (var chunk in rows.Chunk(ChunkSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                db.Set<TEntity>().AddRange(chunk.Select(toEntity));
                await SaveWithExplicitKeysAsync<TEntity>(db, cancellationToken);
                db.ChangeTracker.Clear();
                done += chunk.Length;
                progress?.Report(new ImportProgress(done, total, step));
            }
        }

        try
        {
            await Table("Companies", ParentsFirst(dump.Companies, c => c.Id, c => c.ParentCompanyId), c => new Company
            {
                Id = c.Id, Name = c.Name, CountryCode = c.CountryCode, Sector = c.Sector, Website = c.Website, Ticker = c.Ticker,
                Description = c.Description, ParentCompanyId = c.ParentCompanyId, Version = c.Version,
            });
            await Table("Company aliases", dump.CompanyAliases, a => new CompanyAlias { Id = a.Id, CompanyId = a.CompanyId, Alias = a.Alias });
            await Table("People", dump.People, p => new Person
            {
                Id = p.Id, FullName = p.FullName, NativeName = p.NativeName, Title = p.Title, CompanyId = p.CompanyId, Version = p.Version,
            });
            await Table("Products", dump.Products, p => new Product
            {
                Id = p.Id, Name = p.Name, Kind = p.Kind, Description = p.Description, CompanyId = p.CompanyId, Release = p.Release?.ToDate(),
                ReleaseIsPlanned = p.ReleaseIsPlanned, Version = p.Version,
            });
            await Table("Sources", dump.Sources, s => new SourceArticle
            {
                Id = s.Id, Title = s.Title, Publisher = s.Publisher, Author = s.Author, Url = s.Url, PublishedOn = s.PublishedOn,
                RetrievedOn = s.RetrievedOn, Language = s.Language, Text = s.Text, Version = s.Version,
            });
            await Table("FX rates", dump.FxRates, r => new FxRate { Id = r.Id, CurrencyCode = r.CurrencyCode, Date = r.Date, RateToUsd = r.RateToUsd, Source = r.Source });
            await Table("Deals", ParentsFirst(dump.Deals, d => d.Id, d => d.ParentDealId), d => new Deal
            {
                Id = d.Id, Name = d.Name, Kind = d.Kind, Stage = d.Stage, Verification = d.Verification, Summary = d.Summary,
                CountryCode = d.CountryCode, Value = d.Value?.ToMoney(), ValueUsd = d.ValueUsd, FxRateId = d.FxRateId,
                AnnouncedOn = d.AnnouncedOn?.ToDate(), ExpectedCloseOn = d.ExpectedCloseOn?.ToDate(), ParentDealId = d.ParentDealId, Version = d.Version,
            });
            await Table("Participants", dump.DealParticipants, p => new DealParticipant
            {
                Id = p.Id, DealId = p.DealId, CompanyId = p.CompanyId, Role = p.Role, Verification = p.Verification, Commitment = p.Commitment?.ToMoney(),
            });
            await Table("People on deals", dump.DealPeople, p => new DealPerson { Id = p.Id, DealId = p.DealId, PersonId = p.PersonId, Role = p.Role });
            await Table("Products on deals", dump.DealProducts, p => new DealProduct { Id = p.Id, DealId = p.DealId, ProductId = p.ProductId, Role = p.Role });
            await Table("Deal links", dump.DealLinks, l => new DealLink { Id = l.Id, FromDealId = l.FromDealId, ToDealId = l.ToDealId, Kind = l.Kind });
            await Table("Stage history", dump.StageChanges, s => new StageChange
            {
                Id = s.Id, DealId = s.DealId, FromStage = s.FromStage, ToStage = s.ToStage, EffectiveOn = s.EffectiveOn.ToDate(),
                RecordedBy = s.RecordedBy, RecordedAtUtc = s.RecordedAtUtc, SourceArticleId = s.SourceArticleId,
            });
            await Table("Events", dump.Events, e => new Event
            {
                Id = e.Id, Name = e.Name, Kind = e.Kind, Date = e.Date.ToDate(), Place = e.Place, Verification = e.Verification,
                Description = e.Description, Version = e.Version,
            });
            await Table("Event attendees", dump.EventAttendees, a => new EventAttendee { EventId = a.EventId, PersonId = a.PersonId });
            await Table("Event companies", dump.EventCompanies, c => new EventCompany { EventId = c.EventId, CompanyId = c.CompanyId });
            await Table("Event deals", dump.EventDeals, d => new EventDeal { EventId = d.EventId, DealId = d.DealId });
            await Table("Citations", dump.Citations, c => new Citation
            {
                Id = c.Id, SourceArticleId = c.SourceArticleId, Quote = c.Quote, Subject = c.Subject, DealId = c.DealId,
                DealParticipantId = c.DealParticipantId, DealPersonId = c.DealPersonId, DealProductId = c.DealProductId,
                StageChangeId = c.StageChangeId, EventId = c.EventId, CompanyId = c.CompanyId, PersonId = c.PersonId, ProductId = c.ProductId,
            });
            await Table("Audit trail", dump.AuditEntries, a => new AuditEntry
            {
                Id = a.Id, AtUtc = a.AtUtc, UserName = a.UserName, EntityType = a.EntityType, EntityId = a.EntityId,
                RecordType = a.RecordType, RecordId = a.RecordId, Action = a.Action,
                Field = a.Field, OldValue = a.OldValue, NewValue = a.NewValue,
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ImportOutcome.Cancelled();
        }
        catch (Exception ex) when (ex is DbUpdateException or ArgumentException or InvalidOperationException)
        {
            // The export breaks a rule of the schema (a dangling reference, a forged value): nothing is kept.
            return new ImportOutcome.Refused("The export could not be restored, so nothing was written: it breaks a rule of the database (a reference to a record it does not hold, or a forged value).");
        }

        await transaction.CommitAsync(CancellationToken.None);
        return new ImportOutcome.Committed(dump.Deals.Count, dump.Companies.Count, $"Restored {Texts.Count(total, "record", "records")}.");
    }

    private static RestorePreview Refused(string message) => new(null, [message], []);

    private static List<(string Table, int Rows)> Count(DatabaseDump dump) =>
    [
        ("Companies", dump.Companies.Count), ("Company aliases", dump.CompanyAliases.Count), ("People", dump.People.Count),
        ("Products", dump.Products.Count), ("Sources", dump.Sources.Count), ("FX rates", dump.FxRates.Count), ("Deals", dump.Deals.Count),
        ("Participants", dump.DealParticipants.Count), ("People on deals", dump.DealPeople.Count), ("Products on deals", dump.DealProducts.Count),
        ("Deal links", dump.DealLinks.Count), ("Stage history", dump.StageChanges.Count), ("Events", dump.Events.Count),
        ("Event attendees", dump.EventAttendees.Count), ("Event companies", dump.EventCompanies.Count), ("Event deals", dump.EventDeals.Count),
        ("Citations", dump.Citations.Count), ("Audit trail", dump.AuditEntries.Count),
    ];

    private static async Task<bool> IsOccupiedAsync(PartnerTrackerDbContext db, CancellationToken cancellationToken) =>
        await db.Companies.AnyAsync(cancellationToken) || await db.Deals.AnyAsync(cancellationToken) || await db.People.AnyAsync(cancellationToken)
        || await db.SourceArticles.AnyAsync(cancellationToken) || await db.Events.AnyAsync(cancellationToken) || await db.FxRates.AnyAsync(cancellationToken)
        || await db.AuditEntries.AnyAsync(cancellationToken); // a database with a history is not empty, even with no record left

    /// <summary>Rows of a self-referencing table ordered so every parent is written before its children.</summary>
    private static List<T> ParentsFirst<T>(IReadOnlyList<T> rows, Func<T, int> id, Func<T, int?> parent)
    {
        var byId = rows.ToDictionary(id);
        var placed = new HashSet<int>();
        var ordered = new List<T>(rows.Count);
        foreach (var row in rows)
        {
            var chain = new Stack<T>();
            for (var current = row; current is not null && placed.Add(id(current)); current = parent(current) is { } p && byId.TryGetValue(p, out var up) ? up : default)
            {
                chain.Push(current);
            }

            ordered.AddRange(chain);
        }

        return ordered;
    }

    /// <summary>
    /// Saves added rows with the ids they carry. SQLite takes explicit ids as they are; SQL Server needs
    /// IDENTITY_INSERT on the table for the statement's duration.
    /// </summary>
    private static async Task SaveWithExplicitKeysAsync<TEntity>(PartnerTrackerDbContext db, CancellationToken cancellationToken)
        where TEntity : class
    {
        db.ChangeTracker.DetectChanges();
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        var identity = db.Database.IsSqlServer() && entityType.FindPrimaryKey()!.Properties is [{ ValueGenerated: not Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never }];

        // The table name comes from the model, never from the file.
        var table = "[" + (entityType.GetSchema() ?? "dbo") + "].[" + entityType.GetTableName() + "]";
        if (identity)
        {
            var on = "SET IDENTITY_INSERT " + table + " ON";
            await db.Database.ExecuteSqlRawAsync(on, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (identity)
        {
            var off = "SET IDENTITY_INSERT " + table + " OFF";
            await db.Database.ExecuteSqlRawAsync(off, cancellationToken);
        }
    }
}
