using Microsoft.AspNetCore.Components;
using MudBlazor;
using PartnerTracker.Application.Common;
using PartnerTracker.Domain;

namespace PartnerTracker.Web.Components.Shared;

/// <summary>
/// What every create/edit form does the same way: open a new or stored record, validate inline, save once
/// (double clicks are ignored), show the fields' messages, and answer a conflict with the user's choice
/// (reload the stored version or overwrite it) before opening the record's page.
/// </summary>
public abstract class RecordForm<TEntity, TModel> : ComponentBase
    where TEntity : class, IVersioned
    where TModel : class, IEditModel, new()
{
    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = null!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = null!;

    protected MudForm? Form { get; set; }

    protected TModel? Model { get; private set; }

    protected FormErrors Errors { get; } = new();

    protected bool Saving { get; private set; }

    private bool leaving;

    protected bool NotFound { get; private set; }

    /// <summary>The record being edited; null for a new one.</summary>
    protected abstract int? RecordId { get; }

    protected bool IsNew => RecordId is null;

    /// <summary>How the messages name the record ("person").</summary>
    protected abstract string Noun { get; }

    protected abstract VersionedEditor<TEntity, TModel> Editor { get; }

    /// <summary>The address of a record's page, opened after a save.</summary>
    protected abstract string PageOf(int id);

    protected override async Task OnParametersSetAsync()
    {
        if (IsNew)
        {
            Model = new TModel();
            await OnModelLoadedAsync();
            return;
        }

        await LoadAsync();
    }

    /// <summary>Called when a model is opened or reloaded, for what the form shows beside it (names of linked records).</summary>
    protected virtual Task OnModelLoadedAsync() => Task.CompletedTask;

    protected Task SaveAsync() => SaveCoreAsync(overwrite: false);

    private async Task LoadAsync()
    {
        Model = await Editor.GetAsync(RecordId!.Value);
        NotFound = Model is null;
        if (Model is not null)
        {
            await OnModelLoadedAsync();
        }
    }

    private async Task SaveCoreAsync(bool overwrite)
    {
        if (Saving || Model is null)
        {
            return;
        }

        Saving = true;
        try
        {
            if (Form is not null)
            {
                await Form.ValidateAsync();
            }

            Errors.Clear();
            var result = IsNew ? await Editor.CreateAsync(Model) : await Editor.UpdateAsync(RecordId!.Value, Model, overwrite);
            await HandleAsync(result);
        }
        finally
        {
            // Once saved the form is leaving for the record's page: it stays disabled, so a late click cannot write it again.
            Saving = leaving;
        }
    }

    private async Task HandleAsync(CommandResult result)
    {
        switch (result)
        {
            case CommandResult.Saved saved:
                leaving = true;
                Snackbar.Add(IsNew ? $"{Capitalized} created." : $"{Capitalized} saved.", Severity.Success);
                Navigation.NavigateTo(PageOf(saved.Id));
                break;
            case CommandResult.Conflict conflict:
                var choice = await ConflictDialogs.AskAsync(Dialogs, conflict, Noun);
                if (choice == ConflictChoice.Overwrite)
                {
                    Saving = false;
                    await SaveCoreAsync(overwrite: true);
                }
                else if (choice == ConflictChoice.Reload)
                {
                    await LoadAsync();
                    Snackbar.Add("Reloaded the stored version.", Severity.Info);
                }

                break;
            default:
                // Field messages beside their fields, and the refusal in the presenter's words where the user looks.
                Errors.Show(result, Noun);
                Snackbar.Add(Outcome.Refusal(result, Noun)!, Outcome.SeverityOf(result));
                break;
        }
    }

    private string Capitalized => char.ToUpperInvariant(Noun[0]) + Noun[1..];
}
