using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Export;

/// <summary>
/// Writes the deals list under its filter and sort as CSV or .xlsx. Rows are streamed from the database in
/// batches and written as they come: a 100,000-deal export never sits in memory as one string.
/// </summary>
public sealed class DealExporter(IDbContextFactory<PartnerTrackerDbContext> contexts, IMapper mapper)
{
    /// <summary>Deals read before their participants are looked up together.</summary>
    public const int BatchSize = 500;

    /// <summary>The deals, a blank line, then the participants section (<see cref="DealColumns.ParticipantsSection"/>).</summary>
    public async Task WriteCsvAsync(DealFilter filter, ListRequest sort, Stream output, CancellationToken cancellationToken = default)
    {
        await using var csv = new CsvWriter(output);
        await csv.WriteRowAsync(DealColumns.All.Select(SheetCell.Of), cancellationToken);
        await foreach (var row in RowsAsync(filter, sort, cancellationToken))
        {
            await csv.WriteRowAsync(row, cancellationToken);
        }

        await csv.WriteRowAsync([], cancellationToken);
        await csv.WriteLineAsync(DealColumns.ParticipantsSection, cancellationToken);
        await csv.WriteRowAsync(DealColumns.ParticipantColumns.Select(SheetCell.Of), cancellationToken);
        await foreach (var row in ParticipantRowsAsync(filter, cancellationToken))
        {
            await csv.WriteRowAsync(row, cancellationToken);
        }
    }

    /// <summary>A workbook with a Deals sheet and a Participants sheet.</summary>
    public async Task WriteXlsxAsync(DealFilter filter, ListRequest sort, Stream output, CancellationToken cancellationToken = default)
    {
        // The package format seeks while it writes; a temporary file (deleted on close) keeps memory flat.
        await using var buffer = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var xlsx = new XlsxWriter(buffer))
        {
            xlsx.StartSheet("Deals");
            xlsx.WriteRow(DealColumns.All.Select(SheetCell.Of));
            await foreach (var row in RowsAsync(filter, sort, cancellationToken))
            {
                xlsx.WriteRow(row);
            }

            xlsx.StartSheet("Participants");
            xlsx.WriteRow(DealColumns.ParticipantColumns.Select(SheetCell.Of));
            await foreach (var row in ParticipantRowsAsync(filter, cancellationToken))
            {
                xlsx.WriteRow(row);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private async IAsyncEnumerable<SheetCell[]> RowsAsync(
        DealFilter filter, ListRequest sort, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Participants come from a second context: the first is busy streaming deals (SQL Server without MARS
        // allows one open reader per connection).
        await using var lookup = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = new List<DealExportRow>(BatchSize);
        await foreach (var deal in DealExportQueries.Deals(db, filter, sort, mapper.ConfigurationProvider).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            batch.Add(deal);
            if (batch.Count == BatchSize)
            {
                foreach (var row in await WithParticipantsAsync(lookup, batch, cancellationToken))
                {
                    yield return row;
                }

                batch.Clear();
            }
        }

        foreach (var row in await WithParticipantsAsync(lookup, batch, cancellationToken))
        {
            yield return row;
        }
    }

    private async Task<IEnumerable<SheetCell[]>> WithParticipantsAsync(PartnerTrackerDbContext db, List<DealExportRow> deals, CancellationToken cancellationToken)
    {
        if (deals.Count == 0)
        {
            return [];
        }

        var participants = (await DealExportQueries.ParticipantsOf(db, deals.Select(d => d.Id).ToList(), mapper.ConfigurationProvider).ToListAsync(cancellationToken))
            .ToLookup(p => p.DealId);
        return deals.Select(d => DealCells(d, participants[d.Id])).ToList();
    }

    private async IAsyncEnumerable<SheetCell[]> ParticipantRowsAsync(
        DealFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var p in DealExportQueries.Participants(db, filter, mapper.ConfigurationProvider).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                SheetCell.Of(p.DealId), SheetCell.Of(p.DealName), SheetCell.Of(p.CompanyId), SheetCell.Of(p.CompanyName),
                SheetCell.Of(p.Role), SheetCell.Of(p.Verification), SheetCell.Of(p.CommitmentQualifier),
                SheetCell.Of(p.CommitmentAmount), SheetCell.Of(p.CommitmentCurrency),
            ];
        }
    }

    /// <summary>In <see cref="DealColumns.All"/> order.</summary>
    private static SheetCell[] DealCells(DealExportRow d, IEnumerable<DealExportParticipant> participants) =>
    [
        SheetCell.Of(d.Id), SheetCell.Of(d.Name), SheetCell.Of(d.Kind), SheetCell.Of(d.Stage), SheetCell.Of(d.Verification),
        SheetCell.Of(d.Summary), SheetCell.Of(d.CountryCode), SheetCell.Of(d.ValueQualifier), SheetCell.Of(d.ValueAmount),
        SheetCell.Of(d.ValueCurrency), SheetCell.Of(d.ValueQualifier is null ? null : d.ValueIsEstimated), SheetCell.Of(d.ValueUsd),
        SheetCell.Of(d.FxRateRateToUsd), SheetCell.Of(d.FxRateDate), SheetCell.Of(d.FxRateSource),
        SheetCell.Of(d.AnnouncedOnStart), SheetCell.Of(d.AnnouncedOnPrecision),
        SheetCell.Of(d.ExpectedCloseOnStart), SheetCell.Of(d.ExpectedCloseOnPrecision),
        SheetCell.Of(ParticipantList.Format(participants.Select(p => (p.CompanyName, p.Role, p.Verification)))),
        SheetCell.Of(d.CitationCount),
    ];
}
