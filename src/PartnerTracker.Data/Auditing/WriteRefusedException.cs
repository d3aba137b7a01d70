namespace PartnerTracker.Data.Auditing;

/// <summary>A save the acting user may not make. Commands refuse earlier with a message; this is the backstop.</summary>
public sealed class WriteRefusedException(string message) : InvalidOperationException(message);
