using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Data;

namespace PartnerTracker.E2E;

/// <summary>
/// The key ring in the database, encrypted at rest with the certificate every instance is given; without one it is
/// plain XML (and Data Protection warns). Two instances with the same certificate read each other's payloads.
/// </summary>
public sealed class KeyRingProtectionTests : IAsyncLifetime
{
    private const string Password = "key-ring-test-password";

    private readonly string folder = Directory.CreateTempSubdirectory("pt-e2e-keys-").FullName;
    private readonly List<RunningApp> apps = [];
    private string certificatePath = "";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        // A throwaway self-signed certificate, as an operator would issue one for the key ring.
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=PartnerTracker key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        certificatePath = Path.Combine(folder, "keyring.pfx");
        File.WriteAllBytes(certificatePath, certificate.Export(X509ContentType.Pfx, Password));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in apps)
        {
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private RunningApp Start(string dataFolder, bool withCertificate)
    {
        var app = new RunningApp(dataFolder, seeded: false, withAccounts: false, configure: web =>
        {
            if (withCertificate)
            {
                web.UseSetting("DataProtection:CertificatePath", certificatePath);
                web.UseSetting("DataProtection:CertificatePassword", Password);
            }
        });
        apps.Add(app);
        return app;
    }

    private static async Task<List<string>> StoredKeysAsync(RunningApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PartnerTrackerDbContext>>().CreateDbContextAsync(Cancel);
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Cancel);
    }

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_a_second_instance_reads_the_first_ones_payloads()
    {
        var data = Directory.CreateDirectory(Path.Combine(folder, "encrypted")).FullName;
        var first = Start(data, withCertificate: true);
        var payload = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("signed in");

        var keys = await StoredKeysAsync(first);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });

        var second = Start(data, withCertificate: true);
        Assert.Equal("signed in", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
    }

    [Fact]
    public async Task Without_a_certificate_the_keys_are_stored_as_plain_xml_and_the_app_says_so()
    {
        var app = Start(Directory.CreateDirectory(Path.Combine(folder, "plain")).FullName, withCertificate: false);
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("signed in");

        Assert.Contains(await StoredKeysAsync(app), xml => xml.Contains("<value>", StringComparison.Ordinal));
        Assert.Contains(app.LogLines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("unencrypted", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("wrong password")]
    [InlineData("missing file")]
    public async Task A_certificate_that_cannot_be_read_stops_the_start_with_a_message_naming_the_setting_and_not_the_password(string fault)
    {
        var path = fault == "missing file" ? Path.Combine(folder, "nowhere.pfx") : certificatePath;
        var run = await AppProcess.RunAsync([], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Database__DataFolder"] = Directory.CreateDirectory(Path.Combine(folder, "refused")).FullName,
            ["DataProtection__CertificatePath"] = path,
            ["DataProtection__CertificatePassword"] = "not-" + Password,
        });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PartnerTracker cannot start: DataProtection:CertificatePath", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, run.Error + run.Output, StringComparison.Ordinal);
    }
}
