using PartnerTracker.Application.Common;

namespace PartnerTracker.Web.Components.Shared;

/// <summary>The messages the last save returned, by field, for the fields to show beside themselves.</summary>
public sealed class FormErrors
{
    private IReadOnlyDictionary<string, string[]> errors = new Dictionary<string, string[]>();

    public bool Any => errors.Count > 0;

    public string? General => errors.TryGetValue("", out var messages) ? string.Join(" ", messages) : null;

    public void Set(CommandResult.Invalid invalid) => errors = invalid.Errors;

    /// <summary>Shows why a save was refused (invalid fields, or a role that may not write); false when it was not.</summary>
    public bool ShowRefusal(CommandResult result)
    {
        switch (result)
        {
            case CommandResult.Invalid invalid:
                Set(invalid);
                return true;
            case CommandResult.Forbidden forbidden:
                errors = new Dictionary<string, string[]> { [""] = [forbidden.Message] };
                return true;
            default:
                return false;
        }
    }

    public void Clear() => errors = new Dictionary<string, string[]>();

    public bool Has(string field) => errors.ContainsKey(field);

    public string? Of(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
