using System.Diagnostics;
using MudBlazor;
using PartnerTracker.Application.Common;

namespace PartnerTracker.Web.Components.Shared;

/// <summary>
/// The one presenter of a command's result: every form, page action and dialog turns a <see cref="CommandResult"/>
/// into what the user reads here, so a refusal of any kind, anywhere, says why and that nothing changed.
/// </summary>
public static class Outcome
{
    /// <summary>What the user reads for a refusal; null when the command saved.</summary>
    /// <param name="noun">How the record is named in the message ("deal", "participant").</param>
    public static string? Refusal(CommandResult result, string noun) => result switch
    {
        CommandResult.Saved => null,
        CommandResult.Invalid invalid => "Nothing was saved: " + invalid.Summary,
        CommandResult.Conflict conflict => Stale(conflict, noun),
        CommandResult.NotFound missing => missing.Message,
        CommandResult.Forbidden forbidden => forbidden.Message,
        CommandResult.Refused refused => refused.Message,
        _ => throw new UnreachableException($"A command result the presenter does not know: {result.GetType().Name}."),
    };

    /// <summary>How loud a refusal is: the user's own input or role is an error; someone else's change is a warning.</summary>
    public static Severity SeverityOf(CommandResult result) => result switch
    {
        CommandResult.Saved => Severity.Success,
        CommandResult.Conflict or CommandResult.NotFound => Severity.Warning,
        _ => Severity.Error,
    };

    /// <summary>
    /// For a page action: a snackbar with <paramref name="saved"/> when it saved, else the refusal. True when it saved.
    /// </summary>
    public static bool Show(this ISnackbar snackbar, CommandResult result, string noun, string saved)
    {
        snackbar.Add(Refusal(result, noun) ?? saved, SeverityOf(result));
        return result.IsSaved;
    }

    /// <summary>Each field someone else changed, with their value beside the one this user meant to save.</summary>
    private static string Stale(CommandResult.Conflict conflict, string noun)
    {
        var fields = conflict.Fields.Where(f => f.Yours is not null || f.Stored is not null)
            .Select(f => $"{f.Field}: yours “{f.Yours ?? "(empty)"}”, stored “{f.Stored ?? "(empty)"}”")
            .ToList();
        return fields.Count == 0
            ? $"Someone else changed this {noun} since you opened it; nothing was changed. The page shows their version: decide again."
            : $"Someone else changed this {noun} since you opened it; nothing was saved. {string.Join("; ", fields)}";
    }
}
