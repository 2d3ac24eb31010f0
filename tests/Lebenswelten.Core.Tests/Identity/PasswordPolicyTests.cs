using System.Buffers.Binary;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Identity;

/// <summary>The rules as registered by <see cref="AccountRules"/>: Identity's own length rule plus ours.</summary>
public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("QWERTY123456")]
    [InlineData("  1qaz2wsx3edc ")]
    [InlineData("LeaveMeAlone")]
    public async Task A_common_password_is_refused_whatever_its_case_and_spaces(string password) =>
        Assert.Equal([CommonPasswordValidator.TooCommon], await ErrorsAsync(password));

    [Fact]
    public async Task A_password_longer_than_128_characters_is_refused_and_128_are_fine()
    {
        Assert.Equal([CommonPasswordValidator.TooLong], await ErrorsAsync(new string('x', 100) + new string('y', 29)));
        Assert.Empty(await ErrorsAsync(new string('x', 100) + new string('y', 28)));
    }

    [Theory]
    [InlineData("anna.mueller@example.org", null, "Anna.Mueller-im-Garten")]
    [InlineData("kiezladen@example.org", null, "mein KIEZLADEN in Lobeda")]
    [InlineData("info@example.org", "Stadtteilladen", "Stadtteilladen Lobeda 1")]
    public async Task A_password_with_the_email_name_or_display_name_is_refused(string email, string? name, string password) =>
        Assert.Equal([CommonPasswordValidator.ContainsName], await ErrorsAsync(password, email, name));

    [Theory]
    [InlineData("jo@example.org", "Jo", "jo-jo-jo-laufen-2026")]
    [InlineData("coordinator@jena.demo", "Demo coordinator Jena", "Lobeda-Gesund-2026")]
    [InlineData("admin@lebenswelten.demo", "Demo Administration", "Lobeda-Gesund-2026")]
    [InlineData("resident@weimar.demo", "Demo resident Weimar", "Test-Demo-Passwort-2026")]
    [InlineData("provider@gera.demo", "Demo provider Gera", "Sonnenblume am Fenster")]
    public async Task Good_passwords_pass_including_the_demo_and_test_ones(string email, string? name, string password) =>
        Assert.Empty(await ErrorsAsync(password, email, name));

    [Fact]
    public async Task Composition_is_not_required_but_twelve_characters_are() =>
        Assert.Equal(["PasswordTooShort"], await ErrorsAsync("kurz-2026"));

    [Theory]
    [BothProviders]
    public async Task A_new_account_is_hashed_with_PBKDF2_SHA512_and_210000_iterations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = CoreServices.For(database);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "neu@example.org", Email = "neu@example.org" };

        Assert.True((await users.CreateAsync(user, "Lobeda-Gesund-2026")).Succeeded);

        // Identity's V3 format: 0x01, PRF (2 = HMAC-SHA512), iteration count, all big-endian.
        var hash = Convert.FromBase64String((await users.FindByEmailAsync("neu@example.org"))!.PasswordHash!);
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.Equal((uint)AccountRules.HashIterations, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)));
        Assert.True(await users.CheckPasswordAsync(user, "Lobeda-Gesund-2026"));
    }

    private static async Task<string[]> ErrorsAsync(string password, string email = "person@example.org", string? name = null)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var services = CoreServices.For(database);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = name };
        List<string> codes = [];
        foreach (var validator in users.PasswordValidators)
        {
            codes.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => e.Code));
        }
        return [.. codes];
    }
}
