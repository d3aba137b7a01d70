using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerTracker.Web.Hosting;

namespace PartnerTracker.Web.Tests.Hosting;

/// <summary>The Circuits section: Blazor's own defaults when left out, applied to Blazor's options, refused when wrong.</summary>
public sealed class CircuitSettingsTests
{
    [Fact]
    public void Left_out_every_setting_is_Blazors_own_default()
    {
        var blazor = new CircuitOptions();

        var settings = CircuitSettings.From(Config());

        Assert.Equal(
            (blazor.DisconnectedCircuitMaxRetained, blazor.DisconnectedCircuitRetentionPeriod, blazor.JSInteropDefaultCallTimeout, blazor.MaxBufferedUnacknowledgedRenderBatches),
            (settings.DisconnectedCircuitMaxRetained, settings.DisconnectedCircuitRetentionPeriod, settings.JSInteropDefaultCallTimeout, settings.MaxBufferedUnacknowledgedRenderBatches));
        Assert.Equal(CircuitSettings.DefaultConnectionsPerMinute, settings.ConnectionsPerMinute);
    }

    [Fact]
    public void Appsettings_writes_out_exactly_the_defaults()
    {
        // The file the app ships with, copied beside the tests: an operator reads the defaults there.
        var shipped = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();

        Assert.Equal(CircuitSettings.Defaults, CircuitSettings.From(shipped));
        Assert.Equal(5, shipped.GetSection(CircuitSettings.Section).GetChildren().Count());
    }

    [Fact]
    public void Configured_values_reach_Blazors_circuit_options()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddCircuitLimits(Config(
            ("DisconnectedCircuitMaxRetained", "7"),
            ("DisconnectedCircuitRetentionPeriod", "00:00:45"),
            ("JSInteropDefaultCallTimeout", "00:00:20"),
            ("MaxBufferedUnacknowledgedRenderBatches", "3"),
            ("ConnectionsPerMinute", "12")));
        using var provider = services.BuildServiceProvider();

        var circuit = provider.GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.Equal((7, TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(20), 3),
            (circuit.DisconnectedCircuitMaxRetained, circuit.DisconnectedCircuitRetentionPeriod, circuit.JSInteropDefaultCallTimeout, circuit.MaxBufferedUnacknowledgedRenderBatches));
        Assert.Equal(12, provider.GetRequiredService<CircuitSettings>().ConnectionsPerMinute);
    }

    [Theory]
    [InlineData("ConnectionsPerMinute", "0")]
    [InlineData("ConnectionsPerMinute", "-5")]
    [InlineData("ConnectionsPerMinute", "sixty")]
    [InlineData("ConnectionsPerMinute", "60.5")]
    [InlineData("ConnectionsPerMinute", "99999999999")]
    [InlineData("DisconnectedCircuitMaxRetained", "0")]
    [InlineData("DisconnectedCircuitMaxRetained", "-1")]
    [InlineData("MaxBufferedUnacknowledgedRenderBatches", "0")]
    [InlineData("MaxBufferedUnacknowledgedRenderBatches", "ten")]
    [InlineData("DisconnectedCircuitRetentionPeriod", "00:00:00")]
    [InlineData("DisconnectedCircuitRetentionPeriod", "-00:03:00")]
    [InlineData("DisconnectedCircuitRetentionPeriod", "three minutes")]
    [InlineData("DisconnectedCircuitRetentionPeriod", "30")]
    [InlineData("JSInteropDefaultCallTimeout", "2.00:00:00")]
    [InlineData("JSInteropDefaultCallTimeout", "soon")]
    public void A_bad_value_is_refused_with_a_message_naming_the_setting_and_what_it_takes(string key, string value)
    {
        var error = Assert.Throws<InvalidSettingException>(() => CircuitSettings.From(Config((key, value))));

        Assert.StartsWith($"Circuits:{key} is '{value}', which is not ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Remove it to use the default (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_the_limits_refuses_a_bad_value_at_once_rather_than_when_a_circuit_opens()
    {
        var services = new ServiceCollection();

        Assert.Throws<InvalidSettingException>(() => services.AddCircuitLimits(Config(("ConnectionsPerMinute", "-1"))));
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create($"{CircuitSettings.Section}:{v.Key}", (string?)v.Value)))
            .Build();
}
