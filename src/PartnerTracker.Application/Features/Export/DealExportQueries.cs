using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Export;

/// <summary>One exported deal: the list's row with everything a spreadsheet reader needs beside it.</summary>
public sealed record DealExportRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public DealKind Kind { get; init; }
    public DealStage Stage { get; init; }
    public Verification Verification { get; init; }
    public string? Summary { get; init; }
    public string? CountryCode { get; init; }
    public MoneyQualifier? ValueQualifier { get; init; }
    public decimal? ValueAmount { get; init; }
    public string? ValueCurrency { get; init; }
    public bool? ValueIsEstimated { get; init; }
    public decimal? ValueUsd { get; init; }
    public decimal? FxRateRateToUsd { get; init; }
    public DateOnly? FxRateDate { get; init; }
    public string? FxRateSource { get; init; }
    public DateOnly? AnnouncedOnStart { get; init; }
    public DatePrecision? AnnouncedOnPrecision { get; init; }
    public DateOnly? ExpectedCloseOnStart { get; init; }
    public DatePrecision? ExpectedCloseOnPrecision { get; init; }
    public int CitationCount { get; init; }
}

/// <summary>One company's role in an exported deal.</summary>
public sealed record DealExportParticipant
{
    public int DealId { get; init; }
    public string DealName { get; init; } = "";
    public int CompanyId { get; init; }
    public string CompanyName { get; init; } = "";
    public ParticipantRole Role { get; init; }
    public Verification Verification { get; init; }
    public MoneyQualifier? CommitmentQualifier { get; init; }
    public decimal? CommitmentAmount { get; init; }
    public string? CommitmentCurrency { get; init; }
}

public sealed class ExportProfile : Profile
{
    public ExportProfile()
    {
        CreateMap<Deal, DealExportRow>()
            .ForMember(d => d.CitationCount, o => o.MapFrom(s => s.Citations.Count))
            .MaxDepth(1);
        CreateMap<DealParticipant, DealExportParticipant>().MaxDepth(1);
    }
}

/// <summary>
/// The export's queries. They start from <see cref="DealQueries.List"/> with the list's own sort, so an export holds
/// exactly the deals the list shows under the same filter, in the same order (all pages).
/// </summary>
public static class DealExportQueries
{
    public static IQueryable<DealExportRow> Deals(PartnerTrackerDbContext db, DealFilter filter, ListRequest sort, IConfigurationProvider mapping) =>
        DealQueries.Sort.Apply(DealQueries.List(db, filter), sort.SortBy, sort.Descending).ProjectTo<DealExportRow>(mapping);

    /// <summary>The participants of some deals (one batch of the export), for the deals sheet's summary column.</summary>
    public static IQueryable<DealExportParticipant> ParticipantsOf(PartnerTrackerDbContext db, IReadOnlyCollection<int> dealIds, IConfigurationProvider mapping) =>
        db.DealParticipants.AsNoTracking().Where(p => dealIds.Contains(p.DealId))
            .OrderBy(p => p.DealId).ThenBy(p => p.Company!.Name).ThenBy(p => p.Id)
            .ProjectTo<DealExportParticipant>(mapping);

    /// <summary>Every participant of every deal the filter matches, for the participants sheet.</summary>
    public static IQueryable<DealExportParticipant> Participants(PartnerTrackerDbContext db, DealFilter filter, IConfigurationProvider mapping)
    {
        var dealIds = DealQueries.List(db, filter).Select(d => d.Id);
        return db.DealParticipants.AsNoTracking().Where(p => dealIds.Contains(p.DealId))
            .OrderBy(p => p.Deal!.Name).ThenBy(p => p.DealId).ThenBy(p => p.Company!.Name).ThenBy(p => p.Id)
            .ProjectTo<DealExportParticipant>(mapping);
    }
}
