using Microsoft.AspNetCore.Components;
using MudBlazor;
using PartnerTracker.Application.Common;
using PartnerTracker.Domain;

namespace PartnerTracker.Web.Components.Shared;

/// <summary>
/// What every record page does the same way: read the record's details when its id changes, and delete it from its
/// Delete button — saying what would go (or what stops it) before asking, deleting only after a confirmation, then
/// returning to the list.
/// </summary>
public abstract class RecordPage<TEntity, TModel, TDetails> : ComponentBase
    where TEntity : class, IVersioned
    where TModel : class, IEditModel
    where TDetails : class
{
    [Inject]
    protected IDialogService Dialogs { get; set; } = null!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = null!;

    /// <summary>Null when no record has the id.</summary>
    protected TDetails? Details { get; private set; }

    protected bool Loading { get; private set; } = true;

    protected abstract int RecordId { get; }

    /// <summary>How messages name the record ("person").</summary>
    protected abstract string Noun { get; }

    protected abstract string ListHref { get; }

    protected abstract VersionedEditor<TEntity, TModel> Editor { get; }

    protected abstract Task<TDetails?> ReadAsync(int id);

    /// <summary>The name and the version token the page shows.</summary>
    protected abstract (string Name, Guid Version) Identify(TDetails details);

    protected override async Task OnParametersSetAsync()
    {
        Loading = true;
        Details = await ReadAsync(RecordId);
        Loading = false;
    }

    /// <summary>Reads the record again, after an action on the page changed it.</summary>
    protected async Task ReloadAsync() => Details = await ReadAsync(RecordId);

    protected async Task DeleteAsync()
    {
        if (Details is null)
        {
            return;
        }

        // A role lowered while the page was open is told at once, not asked to confirm what it may not do.
        if (Permission.RefuseWrite(CurrentUser) is { } forbidden)
        {
            Snackbar.Show(forbidden, Noun, "");
            return;
        }

        var (name, version) = Identify(Details);
        var preview = await Editor.DescribeDeletionAsync(RecordId);
        if (preview is { Allowed: false })
        {
            Snackbar.Add(preview.Message, Severity.Warning);
            return;
        }

        if (preview is not null && !await ConflictDialogs.ConfirmAsync(Dialogs, $"Delete {Noun}", preview.Message))
        {
            return;
        }

        var result = await Editor.DeleteAsync(RecordId, version);
        Snackbar.Show(result, Noun, $"Deleted “{name}”.");
        if (result is CommandResult.Saved or CommandResult.NotFound)
        {
            Navigation.NavigateTo(ListHref);
        }
        else
        {
            // Whatever stopped it (someone's change, a new reference), the page now shows the record as stored.
            await ReloadAsync();
        }
    }
}
