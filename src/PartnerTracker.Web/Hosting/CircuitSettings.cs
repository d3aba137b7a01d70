using System.Globalization;
using Microsoft.AspNetCore.Components.Server;

namespace PartnerTracker.Web.Hosting;

/// <summary>
/// The limits on Blazor Server circuits, from the configuration section <c>Circuits</c>. Read and checked once, while
/// the app is built, like the database settings: a wrong value stops the start with a message that names the
/// setting, instead of surfacing later as a circuit that never reconnects or a limiter that refuses everyone.
/// A setting left out takes Blazor's own default (appsettings.json writes them out so an operator sees them).
/// </summary>
public sealed record CircuitSettings(
    int DisconnectedCircuitMaxRetained,
    TimeSpan DisconnectedCircuitRetentionPeriod,
    TimeSpan JSInteropDefaultCallTimeout,
    int MaxBufferedUnacknowledgedRenderBatches,
    int ConnectionsPerMinute)
{
    public const string Section = "Circuits";

    /// <summary>
    /// New hub connections one user (or, signed out, one address) may open per minute. A page load or a reconnect
    /// opens one; Blazor retries a lost connection a handful of times, so 60 leaves a person with many tabs room
    /// while a script opening circuits in a loop is stopped within the minute.
    /// </summary>
    public const int DefaultConnectionsPerMinute = 60;

    // Far above any sensible setting, so a typo such as 6000000 is refused rather than silently meaning "no limit".
    private const int MaxCount = 1_000_000;

    private static readonly TimeSpan MaxDuration = TimeSpan.FromDays(1);

    /// <summary>Blazor's own defaults, read from Blazor itself so that a new framework version's defaults still apply.</summary>
    public static CircuitSettings Defaults { get; } = FromBlazor(new CircuitOptions());

    /// <exception cref="InvalidSettingException">A value is not a number or duration, or is out of range; the message names it.</exception>
    public static CircuitSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new CircuitSettings(
            Count(section, nameof(DisconnectedCircuitMaxRetained), Defaults.DisconnectedCircuitMaxRetained),
            Duration(section, nameof(DisconnectedCircuitRetentionPeriod), Defaults.DisconnectedCircuitRetentionPeriod),
            Duration(section, nameof(JSInteropDefaultCallTimeout), Defaults.JSInteropDefaultCallTimeout),
            Count(section, nameof(MaxBufferedUnacknowledgedRenderBatches), Defaults.MaxBufferedUnacknowledgedRenderBatches),
            Count(section, nameof(ConnectionsPerMinute), Defaults.ConnectionsPerMinute));
    }

    /// <summary>Copies the circuit limits onto Blazor's options (DetailedErrors stays with the environment).</summary>
    public void ApplyTo(CircuitOptions circuit)
    {
        circuit.DisconnectedCircuitMaxRetained = DisconnectedCircuitMaxRetained;
        circuit.DisconnectedCircuitRetentionPeriod = DisconnectedCircuitRetentionPeriod;
        circuit.JSInteropDefaultCallTimeout = JSInteropDefaultCallTimeout;
        circuit.MaxBufferedUnacknowledgedRenderBatches = MaxBufferedUnacknowledgedRenderBatches;
    }

    private static CircuitSettings FromBlazor(CircuitOptions blazor) => new(
        blazor.DisconnectedCircuitMaxRetained,
        blazor.DisconnectedCircuitRetentionPeriod,
        blazor.JSInteropDefaultCallTimeout,
        blazor.MaxBufferedUnacknowledgedRenderBatches,
        DefaultConnectionsPerMinute);

    // Zero is refused too: no retained circuit means no reconnect ever, no render batch in flight means no render,
    // and no connection per minute means no page works.
    private static int Count(IConfigurationSection section, string key, int fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxCount
            ? value
            : throw Refuse(section, key, text, $"a whole number from 1 to {MaxCount.ToString("N0", CultureInfo.InvariantCulture)}", fallback.ToString(CultureInfo.InvariantCulture));
    }

    private static TimeSpan Duration(IConfigurationSection section, string key, TimeSpan fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        // The invariant "c" form only (hh:mm:ss, d.hh:mm:ss): a bare "30" would otherwise be read as 30 days.
        return TimeSpan.TryParseExact(text.Trim(), "c", CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero && value <= MaxDuration
            ? value
            : throw Refuse(section, key, text, "a duration written hours:minutes:seconds, more than zero and at most 1.00:00:00 (one day)", fallback.ToString("c", CultureInfo.InvariantCulture));
    }

    private static InvalidSettingException Refuse(IConfigurationSection section, string key, string text, string expected, string fallback) =>
        new($"{section.Path}:{key} is '{text}', which is not {expected}. Remove it to use the default ({fallback}).");
}

/// <summary>A setting has a value the app cannot run with; the message names the setting and what it accepts.</summary>
public sealed class InvalidSettingException(string message) : InvalidOperationException(message);
