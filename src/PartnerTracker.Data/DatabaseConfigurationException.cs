namespace PartnerTracker.Data;

/// <summary>A database setting is missing or malformed; the message names the setting and how to fix it.</summary>
public sealed class DatabaseConfigurationException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
