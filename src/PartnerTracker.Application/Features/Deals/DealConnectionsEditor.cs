using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>People and products on a deal, each in a role, and links between deals (follow-on, amends, related).</summary>
public sealed class DealConnectionsEditor(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user)
{
    public async Task<CommandResult> AddPersonAsync(int dealId, int? personId, DealPersonRole role, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await MissingDealAsync(db, dealId, cancellationToken) is { } missing)
        {
            return missing;
        }

        var validation = new Validation().Check("Role", Rules.Defined(role, "Role"));
        var name = personId is null ? null : await db.People.Where(p => p.Id == personId).Select(p => p.FullName).SingleOrDefaultAsync(cancellationToken);
        validation.Check("PersonId", personId is null ? "Pick a person." : name is null ? "That person no longer exists." : null);
        if (validation.IsValid && await db.DealPeople.AnyAsync(p => p.DealId == dealId && p.PersonId == personId && p.Role == role, cancellationToken))
        {
            validation.Check("Role", $"{name} is already on this deal as {role}.");
        }

        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var link = db.DealPeople.Add(new DealPerson { DealId = dealId, PersonId = personId!.Value, Role = role }).Entity;
        if (await db.RefusedSaveAsync("deal", cancellationToken) is { } refused)
        {
            return refused;
        }
        return new CommandResult.Saved(link.Id);
    }

    public async Task<CommandResult> AddProductAsync(int dealId, int? productId, DealProductRole role, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await MissingDealAsync(db, dealId, cancellationToken) is { } missing)
        {
            return missing;
        }

        var validation = new Validation().Check("Role", Rules.Defined(role, "Role"));
        var name = productId is null ? null : await db.Products.Where(p => p.Id == productId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        validation.Check("ProductId", productId is null ? "Pick a product." : name is null ? "That product no longer exists." : null);
        if (validation.IsValid && await db.DealProducts.AnyAsync(p => p.DealId == dealId && p.ProductId == productId && p.Role == role, cancellationToken))
        {
            validation.Check("Role", $"{name} is already on this deal as {role}.");
        }

        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var link = db.DealProducts.Add(new DealProduct { DealId = dealId, ProductId = productId!.Value, Role = role }).Entity;
        if (await db.RefusedSaveAsync("deal", cancellationToken) is { } refused)
        {
            return refused;
        }
        return new CommandResult.Saved(link.Id);
    }

    /// <summary>Links this deal to another; the other deal reads the link from its own side.</summary>
    public async Task<CommandResult> AddLinkAsync(int dealId, int? otherDealId, DealLinkKind kind, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await MissingDealAsync(db, dealId, cancellationToken) is { } missing)
        {
            return missing;
        }

        var validation = new Validation().Check("Role", Rules.Defined(kind, "Role"));
        validation.Check("OtherDealId", otherDealId is null ? "Pick the other deal."
            : otherDealId == dealId ? "A deal cannot be linked to itself."
            : !await db.Deals.AnyAsync(d => d.Id == otherDealId, cancellationToken) ? "That deal no longer exists."
            // Either way round: "related" reads the same from both deals, and a follow-on or amendment of each other is a loop.
            : await db.DealLinks.AnyAsync(l => ((l.FromDealId == dealId && l.ToDealId == otherDealId) || (l.FromDealId == otherDealId && l.ToDealId == dealId)) && l.Kind == kind, cancellationToken)
                ? "These deals are already linked that way."
            : null);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var link = db.DealLinks.Add(new DealLink { FromDealId = dealId, ToDealId = otherDealId!.Value, Kind = kind }).Entity;
        if (await db.RefusedSaveAsync("deal", cancellationToken) is { } refused)
        {
            return refused;
        }
        return new CommandResult.Saved(link.Id);
    }

    /// <summary>Removes a person or product from a deal with the citations that supported it, or a link between deals.</summary>
    public async Task<CommandResult> RemoveAsync(DealConnection connection, int id, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        object? row = connection switch
        {
            DealConnection.Person => await db.DealPeople.FindAsync([id], cancellationToken),
            DealConnection.Product => await db.DealProducts.FindAsync([id], cancellationToken),
            DealConnection.Link => await db.DealLinks.FindAsync([id], cancellationToken),
            _ => null,
        };
        if (row is null)
        {
            return new CommandResult.NotFound("That was already removed.");
        }

        db.Citations.RemoveRange(await db.Citations
            .Where(c => (connection == DealConnection.Person && c.DealPersonId == id) || (connection == DealConnection.Product && c.DealProductId == id))
            .ToListAsync(cancellationToken));
        db.Remove(row);
        if (await db.RefusedSaveAsync("deal", cancellationToken) is { } refused)
        {
            return refused;
        }
        return new CommandResult.Saved(id);
    }

    /// <summary>A deal deleted meanwhile is not found, as for its participants: someone else's change, not the user's input.</summary>
    private static async Task<CommandResult.NotFound?> MissingDealAsync(PartnerTrackerDbContext db, int dealId, CancellationToken cancellationToken) =>
        await db.Deals.AnyAsync(d => d.Id == dealId, cancellationToken) ? null : new CommandResult.NotFound($"Deal {dealId} no longer exists.");
}

public enum DealConnection
{
    Person,
    Product,
    Link,
}
