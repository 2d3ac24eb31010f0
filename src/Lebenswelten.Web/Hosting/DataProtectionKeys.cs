using System.Security.Cryptography.X509Certificates;
using Lebenswelten.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Lebenswelten.Web.Hosting;

/// <summary>
/// The keys behind login cookies, bearer tokens, antiforgery tokens and guests' stored personal links live in the
/// database, so that every web node shares them. Stored as they are, whoever reads the database or a backup could forge
/// logins; with <c>DataProtection:Certificate:Path</c> (a PKCS#12 file, <c>:Password</c>) each key is encrypted with the
/// certificate before it is stored (ASVS 5.0 V11.2, V13.3).
/// </summary>
public static class DataProtectionKeys
{
    public const string Section = "DataProtection:Certificate";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection().SetApplicationName("Lebenswelten").PersistKeysToDbContext<LebensweltenDbContext>();
        if (configuration[$"{Section}:Path"] is not { Length: > 0 } path)
        {
            return;
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[$"{Section}:Password"]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new StartRefusedException(
                $"{Section}:Path names '{path}', which is no readable PKCS#12 certificate with that password ({e.Message}). " +
                "Without it the data-protection keys could not be read; fix the path or password, or remove the setting.");
        }
        if (!certificate.HasPrivateKey)
        {
            throw new StartRefusedException(
                $"The certificate in {Section}:Path ('{path}') holds no private key; the keys could not be read back.");
        }
        // Reading the keys back needs the certificate too: on Linux there is no certificate store that would find it.
        keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
