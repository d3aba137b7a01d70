namespace PartnerTracker.Application.Common;

/// <summary>A form's fields as a command: the token of the version the form was opened with travels with them.</summary>
public interface IEditModel
{
    Guid Version { get; set; }
}

/// <summary>What deleting a record would do, in words, and whether it is allowed at all.</summary>
/// <param name="Message">The question to confirm, or why the record cannot be deleted yet.</param>
public sealed record DeletionPreview(string Message, bool Allowed);
