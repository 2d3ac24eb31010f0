using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Hosting;

/// <summary>
/// The data-protection keys live in the database, shared by every web node: readable as they are, or encrypted with the
/// operator's certificate (<c>DataProtection:Certificate:Path</c>), which then every node needs to read them back.
/// </summary>
public sealed class DataProtectionKeysTests : IDisposable
{
    private const string Password = "Zertifikat-Passwort-2026";
    private readonly string _certificate = Path.Combine(Path.GetTempPath(), $"lw-keys-{Guid.NewGuid():N}.pfx");

    public DataProtectionKeysTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Lebenswelten Data Protection Test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificate, certificate.Export(X509ContentType.Pfx, Password));
    }

    public void Dispose() => File.Delete(_certificate);

    private static WebApplication Build(TestDatabase database, params string[] settings) =>
        BuiltApp.Build(database, "Production", ["--PublicBaseUrl=https://gesund.example.org", .. settings]);

    private static async Task<string> StoredKeyAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.DataProtectionKeys.SingleAsync()).Xml!;
    }

    [Theory, BothProviders]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_another_node_with_it_reads_them(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string[] certificate = [$"--DataProtection:Certificate:Path={_certificate}", $"--DataProtection:Certificate:Password={Password}"];
        await using var first = Build(database, certificate);
        await using var second = Build(database, certificate);

        var sealedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("Anmeldung");

        var stored = await StoredKeyAsync(database);
        Assert.Contains("encryptedSecret", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", stored, StringComparison.Ordinal);
        Assert.Equal("Anmeldung", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedText));
    }

    [Fact]
    public async Task Without_a_certificate_the_keys_are_stored_readable_as_the_operations_guide_says()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = Build(database);

        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("Anmeldung");

        Assert.Contains("<value>", await StoredKeyAsync(database), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_that_cannot_be_read_refuses_the_start()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var refused = Assert.Throws<StartRefusedException>(() => Build(database,
            $"--DataProtection:Certificate:Path={_certificate}", "--DataProtection:Certificate:Password=falsch"));

        Assert.Contains("DataProtection:Certificate:Path", refused.Message, StringComparison.Ordinal);
    }
}
