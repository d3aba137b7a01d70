using System.Collections.Concurrent;

namespace PartnerTracker.Web.Hosting;

/// <summary>
/// Logs that a client was refused new Blazor connections, once per client per minute: a client in a reconnect loop
/// sends thousands of refused requests, and a line for each would bury everything else in the log.
/// </summary>
public sealed class HubConnectionRefusals(ILogger<HubConnectionRefusals> logger, TimeProvider clock)
{
    /// <summary>Past this many clients warned of, those warned of more than a window ago are forgotten.</summary>
    private const int RememberedClients = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> warnedAt = new(StringComparer.Ordinal);

    /// <param name="client">Who was refused, as the limiter partitions ("user NAME" or "address IP"); never a token or cookie.</param>
    public void Refused(string client, int perMinute)
    {
        var now = clock.GetUtcNow();

        // Only one of many simultaneous refusals wins the add or the update, so each window logs exactly one line.
        var first = warnedAt.TryAdd(client, now)
            || (warnedAt.TryGetValue(client, out var last) && now - last >= HubConnectionLimits.Window && warnedAt.TryUpdate(client, now, last));
        if (!first)
        {
            return;
        }

        Forget(now);
        logger.LogWarning(
            "Refused new Blazor connections from {Client}: more than {Limit} per minute (Circuits:ConnectionsPerMinute). Further refusals of this client are not logged for a minute.",
            client, perMinute);
    }

    private void Forget(DateTimeOffset now)
    {
        if (warnedAt.Count <= RememberedClients)
        {
            return;
        }

        foreach (var (client, at) in warnedAt)
        {
            if (now - at >= HubConnectionLimits.Window)
            {
                warnedAt.TryRemove(KeyValuePair.Create(client, at));
            }
        }
    }
}
