namespace PartnerTracker.Application.Common;

/// <summary>Collects messages per field; the same rule functions also drive the form fields' inline validation.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsValid => errors.Count == 0;

    /// <summary>Records <paramref name="message"/> against <paramref name="field"/> when it is not null.</summary>
    public Validation Check(string field, string? message)
    {
        if (message is not null)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        return this;
    }

    public CommandResult.Invalid ToResult() => new(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
