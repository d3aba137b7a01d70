using PartnerTracker.Application.Common;

namespace PartnerTracker.Web.Components.Shared;

/// <summary>The messages the last save returned, by field, for the fields to show beside themselves.</summary>
public sealed class FormErrors
{
    private IReadOnlyDictionary<string, string[]> errors = new Dictionary<string, string[]>();

    public bool Any => errors.Count > 0;

    public string? General => errors.TryGetValue("", out var messages) ? string.Join(" ", messages) : null;

    public void Set(CommandResult.Invalid invalid) => errors = invalid.Errors;

    /// <summary>How loud <see cref="General"/> is (a stale version warns; invalid input, a role or the database errs).</summary>
    public MudBlazor.Severity Severity { get; private set; } = MudBlazor.Severity.Error;

    /// <summary>
    /// Takes a command's result: field messages beside their fields, every other refusal as the general message in
    /// the presenter's words (<see cref="Outcome"/>). False when the command saved.
    /// </summary>
    /// <param name="noun">How the message names the record ("deal", "citation").</param>
    public bool Show(CommandResult result, string noun)
    {
        Severity = Outcome.SeverityOf(result);
        switch (result)
        {
            case CommandResult.Saved:
                Clear();
                return false;
            case CommandResult.Invalid invalid:
                Set(invalid);
                return true;
            default:
                errors = new Dictionary<string, string[]> { [""] = [Outcome.Refusal(result, noun)!] };
                return true;
        }
    }

    public void Clear() => errors = new Dictionary<string, string[]>();

    public bool Has(string field) => errors.ContainsKey(field);

    public string? Of(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
