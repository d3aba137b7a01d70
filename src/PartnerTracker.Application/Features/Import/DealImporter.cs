using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Import;

/// <summary>
/// Imports deals from a spreadsheet: a preview that says per row what will be created and per company how it is
/// matched, with every error by row and column; then a commit that writes everything in one transaction or
/// nothing at all (errors, a close match not yet confirmed, a cancel or any failure midway).
/// </summary>
public sealed class DealImporter(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Deals saved per round trip during a commit; progress is reported after each.</summary>
    public const int CommitBatchSize = 500;

    public async Task<ImportPreview> PreviewAsync(ImportTable table, IReadOnlyDictionary<string, CompanyChoice>? choices = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await AnalyseAsync(db, table, choices ?? new Dictionary<string, CompanyChoice>(), cancellationToken)).Preview;
    }

    /// <param name="choices">The analyst's answer for each close company match, by <see cref="CompanyResolution.Key"/>.</param>
    public async Task<ImportOutcome> CommitAsync(
        ImportTable table,
        IReadOnlyDictionary<string, CompanyChoice> choices,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } refused)
        {
            return new ImportOutcome.Forbidden(refused.Message);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Checked again inside the transaction: the database may have changed since the preview.
            var analysis = await AnalyseAsync(db, table, choices, cancellationToken);
            if (analysis.Preview.Blocker is { } blocker)
            {
                return new ImportOutcome.Refused(blocker);
            }

            var total = analysis.Deals.Count;
            progress?.Report(new ImportProgress(0, total, "Companies"));
            var companyIds = await CreateCompaniesAsync(db, analysis.Preview.Companies, cancellationToken);
            var rates = await CreateRatesAsync(db, analysis, cancellationToken);
            var done = 0;
            foreach (var batch in analysis.Deals.Chunk(CommitBatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var (model, participants) in batch)
                {
                    var deal = new Deal { Name = model.Name.Trim(), Stage = model.Stage };
                    DealEditor.CopyFields(deal, model);
                    if (model.HasValue)
                    {
                        deal.FxRateId = rates[RateKey(model)];
                    }

                    deal.RecordFirstStage(user.Name, clock.GetUtcNow().UtcDateTime);
                    deal.Participants.AddRange(participants.Select(p => new DealParticipant
                    {
                        CompanyId = companyIds[p.Key],
                        Role = p.Role,
                        Verification = p.Verification,
                    }));
                    db.Deals.Add(deal);
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                done += batch.Length;
                progress?.Report(new ImportProgress(done, total, "Deals"));
            }

            cancellationToken.ThrowIfCancellationRequested();
            await transaction.CommitAsync(CancellationToken.None);
            var created = analysis.Preview.Companies.Count(c => c.CreatesCompany);
            return new ImportOutcome.Committed(total, created,
                $"Imported {Texts.Count(total, "deal", "deals")} and created {Texts.Count(created, "company", "companies")}.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ImportOutcome.Cancelled();
        }
        catch (DbUpdateException)
        {
            // Someone wrote a clashing record between our checks and our writes; the transaction rolled back.
            return new ImportOutcome.Refused("The database refused the import, so nothing was written; upload the file again to see why.");
        }
    }

    private sealed record Analysis(ImportPreview Preview, List<(DealEditModel Model, List<ParticipantPlan> Participants)> Deals, Dictionary<(string, DateOnly), FxRate?> StoredRates);

    private async Task<Analysis> AnalyseAsync(
        PartnerTrackerDbContext db, ImportTable table, IReadOnlyDictionary<string, CompanyChoice> choices, CancellationToken cancellationToken)
    {
        var fileIssues = table.Issues.Where(i => i.Row is null).ToList();
        var cellIssues = table.Issues.Where(i => i.Row is not null).ToLookup(i => i.Row!.Value);
        if (table.Headers.Count == 0)
        {
            return new Analysis(new ImportPreview(fileIssues, [], []), [], []);
        }

        fileIssues.AddRange(DealRowParser.CheckHeader(table.Headers));
        if (fileIssues.Count > 0)
        {
            return new Analysis(new ImportPreview(fileIssues, [], []), [], []);
        }

        if (table.Rows.Count == 0)
        {
            fileIssues.Add(new ImportIssue(null, null, "The file has a header row but no deals."));
        }

        var parsed = table.Rows.Select(r => (Row: r, Result: DealRowParser.Parse(table.Headers, r))).ToList();

        // Deals named twice in the file, or already in the database.
        var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var existing = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = parsed.Select(p => p.Result.Model.Name.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var chunk in names.Chunk(DealImportQueries.BatchSize))
        {
            foreach (var deal in await DealImportQueries.DealsNamed(db, chunk).ToListAsync(cancellationToken))
            {
                existing.TryAdd(deal.Name, deal.Id);
            }
        }

        // Dated rates: the stored one must agree, and the file must not give two rates for one currency and date.
        var storedRates = await StoredRatesAsync(db, parsed.Select(p => p.Result.Model).Where(NeedsRate).ToList(), cancellationToken);
        var fileRates = new Dictionary<(string, DateOnly), (decimal Rate, int Row)>();

        foreach (var (row, (model, _, issues)) in parsed)
        {
            issues.AddRange(cellIssues[row.Number]);
            var name = model.Name.Trim();
            if (name.Length > 0)
            {
                if (!firstRowOf.TryAdd(name, row.Number))
                {
                    issues.Add(new ImportIssue(row.Number, Export.DealColumns.Name, $"Row {firstRowOf[name]} already has a deal named “{name}”; each deal appears once."));
                }
                else if (existing.TryGetValue(name, out var id))
                {
                    issues.Add(new ImportIssue(row.Number, Export.DealColumns.Name, $"A deal named “{name}” already exists (deal {id}); the import only adds new deals."));
                }
            }

            if (NeedsRate(model) && model.RateToUse is { } rate && !issues.Any(i => i.Column is Export.DealColumns.RateToUsd or Export.DealColumns.RateDate or Export.DealColumns.ValueCurrency))
            {
                var key = RateKey(model);
                if (model.ValueCurrency != "USD")
                {
                    var conflict = DealEditor.StoredRateConflict(storedRates.GetValueOrDefault(key), rate);
                    if (conflict is not null)
                    {
                        issues.Add(new ImportIssue(row.Number, Export.DealColumns.RateToUsd, conflict));
                    }
                    else if (!fileRates.TryAdd(key, (rate, row.Number)) && fileRates[key].Rate != rate)
                    {
                        issues.Add(new ImportIssue(row.Number, Export.DealColumns.RateToUsd,
                            $"Row {fileRates[key].Row} gives {key.Item1} on {key.Item2:yyyy-MM-dd} the rate {fileRates[key].Rate}; one currency has one rate per date."));
                    }
                }
            }
        }

        var companies = await ResolveCompaniesAsync(db, parsed.SelectMany(p => p.Result.Participants).ToList(), choices, cancellationToken);
        var rows = parsed.Select(p => new ImportPreviewRow(p.Row.Number, p.Result.Model.Name.Trim(), p.Result.Participants, p.Result.Issues)).ToList();
        var deals = parsed.Select(p => (p.Result.Model, p.Result.Participants)).ToList();
        return new Analysis(new ImportPreview(fileIssues, rows, companies), deals, storedRates);
    }

    /// <summary>Each distinct company name of the file: exact name, then alias, then a close match, else new.</summary>
    private static async Task<List<CompanyResolution>> ResolveCompaniesAsync(
        PartnerTrackerDbContext db, List<ParticipantPlan> participants, IReadOnlyDictionary<string, CompanyChoice> choices, CancellationToken cancellationToken)
    {
        var named = participants.GroupBy(p => p.Key).Select(g => (Key: g.Key, Typed: g.First().Typed.Trim(), Count: g.Count())).ToList();
        var exact = new Dictionary<string, NamedCompany>(StringComparer.Ordinal);
        var aliased = new Dictionary<string, NamedCompany>(StringComparer.Ordinal);
        foreach (var chunk in named.Select(n => n.Key).Chunk(DealImportQueries.BatchSize))
        {
            foreach (var company in await DealImportQueries.CompaniesNamed(db, chunk).ToListAsync(cancellationToken))
            {
                exact.TryAdd(company.Normalized, company);
            }

            foreach (var company in await DealImportQueries.CompaniesAliased(db, chunk).ToListAsync(cancellationToken))
            {
                aliased.TryAdd(company.Normalized, company);
            }
        }

        var resolutions = new List<CompanyResolution>();
        foreach (var (key, typed, count) in named.OrderBy(n => n.Typed, StringComparer.OrdinalIgnoreCase))
        {
            if (exact.TryGetValue(key, out var byName))
            {
                resolutions.Add(new CompanyResolution(key, typed, CompanyMatchKind.ExactName, byName.Id, byName.Name, byName.Name, null, count));
            }
            else if (aliased.TryGetValue(key, out var byAlias))
            {
                resolutions.Add(new CompanyResolution(key, typed, CompanyMatchKind.Alias, byAlias.Id, byAlias.Name, byAlias.Matched, null, count));
            }
            else if ((await CompanyLookup.FindAsync(db, typed, 1, cancellationToken)).FirstOrDefault() is { } close)
            {
                resolutions.Add(new CompanyResolution(key, typed, CompanyMatchKind.CloseMatch, close.Id, close.Name, close.MatchedText,
                    choices.TryGetValue(key, out var choice) ? choice : null, count));
            }
            else
            {
                resolutions.Add(new CompanyResolution(key, typed, CompanyMatchKind.New, null, null, null, null, count));
            }
        }

        return resolutions;
    }

    private static bool NeedsRate(DealEditModel model) => model.HasValue && Currency.IsKnownCode(model.ValueCurrency);

    /// <summary>A rate's currency and date; a row with neither rate date nor announcement is rated as of today.</summary>
    private (string Currency, DateOnly Date) RateKey(DealEditModel model) => (model.ValueCurrency!, DealEditor.RateDate(model, Today));

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<Dictionary<(string, DateOnly), FxRate?>> StoredRatesAsync(PartnerTrackerDbContext db, List<DealEditModel> models, CancellationToken cancellationToken)
    {
        var keys = models.Select(RateKey).Distinct().ToList();
        var stored = new Dictionary<(string, DateOnly), FxRate?>();
        var currencies = keys.Select(k => k.Currency).Distinct().ToList();
        foreach (var dates in keys.Select(k => k.Date).Distinct().Chunk(DealImportQueries.BatchSize))
        {
            foreach (var rate in await DealImportQueries.Rates(db, currencies, dates).ToListAsync(cancellationToken))
            {
                stored[(rate.CurrencyCode, rate.Date)] = rate;
            }
        }

        return stored;
    }

    private static async Task<Dictionary<string, int>> CreateCompaniesAsync(PartnerTrackerDbContext db, IReadOnlyList<CompanyResolution> companies, CancellationToken cancellationToken)
    {
        var created = companies.Where(c => c.CreatesCompany).Select(c => (c.Key, Company: new Company { Name = c.Typed })).ToList();
        db.Companies.AddRange(created.Select(c => c.Company));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return companies.Where(c => !c.CreatesCompany).ToDictionary(c => c.Key, c => c.CompanyId!.Value)
            .Concat(created.ToDictionary(c => c.Key, c => c.Company.Id))
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }

    /// <summary>The stored rate id for every currency and date the file uses; rates not stored yet are added.</summary>
    private async Task<Dictionary<(string, DateOnly), int>> CreateRatesAsync(PartnerTrackerDbContext db, Analysis analysis, CancellationToken cancellationToken)
    {
        var ids = analysis.StoredRates.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Id);
        var added = new Dictionary<(string, DateOnly), FxRate>();
        foreach (var (model, _) in analysis.Deals.Where(d => d.Model.HasValue))
        {
            var key = RateKey(model);
            if (!ids.ContainsKey(key) && !added.ContainsKey(key))
            {
                added[key] = db.FxRates.Add(DealEditor.NewRate(model, key.Currency, Today)).Entity;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        foreach (var (key, rate) in added)
        {
            ids[key] = rate.Id;
        }

        return ids;
    }
}
