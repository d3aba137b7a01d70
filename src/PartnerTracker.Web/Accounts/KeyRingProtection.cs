using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using PartnerTracker.Web.Hosting;

namespace PartnerTracker.Web.Accounts;

/// <summary>
/// The key ring encrypted at rest with an X.509 certificate every instance is given (<c>DataProtection:CertificatePath</c>,
/// a PKCS#12 file, and <c>DataProtection:CertificatePassword</c>). Once keys are kept somewhere of the app's choosing
/// (the database), ASP.NET Core no longer encrypts them itself; without a certificate they are stored as plain XML and
/// Data Protection logs a warning for each new key. Linux has no DPAPI, so a certificate is the portable choice.
/// </summary>
public static class KeyRingProtection
{
    public const string Section = "DataProtection";

    /// <summary>Encrypts new keys with the configured certificate, and decrypts with it from the file, not a machine store.</summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration) =>
        Certificate(configuration.GetSection(Section)) is { } certificate ? builder.ProtectKeysWithCertificate(certificate) : builder;

    private static X509Certificate2? Certificate(IConfigurationSection settings)
    {
        if (settings["CertificatePath"] is not { Length: > 0 } path)
        {
            return null;
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, settings["CertificatePassword"]);
            return certificate.HasPrivateKey ? certificate
                : throw new InvalidSettingException($"{Section}:CertificatePath '{path}' holds no private key, so the key ring could not be decrypted with it.");
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // The reason without the password: a missing file, or a password that does not open it.
            throw new InvalidSettingException($"{Section}:CertificatePath '{path}' could not be read ({ex.Message.TrimEnd('.')}). Check the file and {Section}:CertificatePassword.");
        }
    }
}
