using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Common;

/// <summary>The save of a write that carries no version token of its own (a participant, a citation, a link).</summary>
public static class Saving
{
    /// <summary>
    /// Saves the context's changes. A refusal by the database (a constraint another change broke since the rules were
    /// checked, a row someone removed meanwhile) is answered as <see cref="CommandResult.Refused"/> in our words, with
    /// nothing written; null when the save went through.
    /// </summary>
    /// <param name="record">How the message names what was being saved ("participant").</param>
    public static async Task<CommandResult.Refused?> RefusedSaveAsync(this PartnerTrackerDbContext db, string record, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            return CommandResult.Refused.Of(record);
        }
    }
}
