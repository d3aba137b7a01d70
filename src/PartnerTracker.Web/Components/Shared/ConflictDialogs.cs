using MudBlazor;
using PartnerTracker.Application.Common;

namespace PartnerTracker.Web.Components.Shared;

public static class ConflictDialogs
{
    /// <returns>What the user chose, or null when they closed the dialog.</returns>
    public static async Task<ConflictChoice?> AskAsync(IDialogService dialogs, CommandResult.Conflict conflict, string recordName)
    {
        var parameters = new DialogParameters<ConflictDialog>
        {
            { d => d.Fields, conflict.Fields },
            { d => d.RecordName, recordName },
        };
        var dialog = await dialogs.ShowAsync<ConflictDialog>("Conflict", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: ConflictChoice choice } ? choice : null;
    }

    /// <returns>True when the user confirmed.</returns>
    public static async Task<bool> ConfirmAsync(IDialogService dialogs, string title, string message, string confirmText = "Delete")
    {
        var parameters = new DialogParameters<ConfirmDialog> { { d => d.Message, message }, { d => d.ConfirmText, confirmText } };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
