using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>A company's role in a deal as the analyst enters it.</summary>
public sealed class ParticipantModel
{
    public int? CompanyId { get; set; }
    public ParticipantRole Role { get; set; } = ParticipantRole.TechnologyPartner;
    public Verification Verification { get; set; } = Verification.Reported;
    public MoneyQualifier? CommitmentQualifier { get; set; }
    public decimal? CommitmentAmount { get; set; }
    public string? CommitmentCurrency { get; set; }
}

/// <summary>Adds and removes the companies taking part in a deal.</summary>
public sealed class ParticipantEditor(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user)
{
    public async Task<CommandResult> AddAsync(int dealId, ParticipantModel model, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Deals.AnyAsync(d => d.Id == dealId, cancellationToken))
        {
            return new CommandResult.NotFound($"Deal {dealId} no longer exists.");
        }

        var validation = new Validation()
            .Check(nameof(model.CompanyId), model.CompanyId is null ? "Pick a company, or create it." : null)
            .Check(nameof(model.Role), Rules.Defined(model.Role, "Role"))
            .Check(nameof(model.Verification), Rules.Defined(model.Verification, "Verification"))
            .Check(nameof(model.CommitmentQualifier), Rules.Defined(model.CommitmentQualifier, "Commitment"));
        if (model.CommitmentQualifier is not null and not MoneyQualifier.Undisclosed)
        {
            validation
                .Check(nameof(model.CommitmentAmount), Rules.Amount(model.CommitmentAmount, "Commitment"))
                .Check(nameof(model.CommitmentCurrency), Rules.Currency(model.CommitmentCurrency));
        }

        if (model.CompanyId is { } companyId && validation.IsValid)
        {
            var company = await db.Companies.Where(c => c.Id == companyId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
            if (company is null)
            {
                validation.Check(nameof(model.CompanyId), "That company no longer exists.");
            }
            else if (await db.DealParticipants.AnyAsync(p => p.DealId == dealId && p.CompanyId == companyId && p.Role == model.Role, cancellationToken))
            {
                validation.Check(nameof(model.Role), $"{company} already takes part in this deal as {model.Role}.");
            }
        }

        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var participant = new DealParticipant
        {
            DealId = dealId,
            CompanyId = model.CompanyId!.Value,
            Role = model.Role,
            Verification = model.Verification,
            Commitment = model.CommitmentQualifier switch
            {
                null => null,
                MoneyQualifier.Undisclosed => Money.Undisclosed(),
                { } qualifier => new Money(model.CommitmentAmount, model.CommitmentCurrency, qualifier),
            },
        };
        db.DealParticipants.Add(participant);
        if (await db.RefusedSaveAsync("participant", cancellationToken) is { } refused)
        {
            return refused;
        }
        return new CommandResult.Saved(participant.Id);
    }

    /// <summary>Removes one role of a company in a deal, with the citations that supported it.</summary>
    public async Task<CommandResult> RemoveAsync(int participantId, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var participant = await db.DealParticipants.SingleOrDefaultAsync(p => p.Id == participantId, cancellationToken);
        if (participant is null)
        {
            return new CommandResult.NotFound("That participant was already removed.");
        }

        db.Citations.RemoveRange(await db.Citations.Where(c => c.DealParticipantId == participantId).ToListAsync(cancellationToken));
        db.DealParticipants.Remove(participant);
        if (await db.RefusedSaveAsync("participant", cancellationToken) is { } refused)
        {
            return refused;
        }
        return new CommandResult.Saved(participantId);
    }
}
