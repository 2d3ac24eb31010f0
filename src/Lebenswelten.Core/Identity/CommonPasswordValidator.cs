using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Identity;

/// <summary>
/// ASVS 5.0 V6.2: no password longer than 128 characters, none from the shipped list of the 10,000 most
/// common passwords (data/passwords), none that contains the person's e-mail name or display name.
/// Length and composition are Identity's own options, set in <see cref="AccountRules"/>.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const int MaxLength = 128;
    public const string TooLong = "PasswordTooLong";
    public const string TooCommon = "PasswordTooCommon";
    public const string ContainsName = "PasswordContainsName";

    // Shorter names ("jo@…") would turn away too many good passwords.
    private const int MinNameLength = 3;

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        List<IdentityError> errors = [];
        if (password.Length > MaxLength)
        {
            errors.Add(new() { Code = TooLong, Description = $"Passwords must be at most {MaxLength} characters." });
        }
        if (IsCommon(password))
        {
            errors.Add(new() { Code = TooCommon, Description = "This password is one of the most common ones; choose another." });
        }
        if (Names(user).Any(name => password.Contains(name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new() { Code = ContainsName, Description = "Passwords must not contain your e-mail name or your name." });
        }
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    private static IEnumerable<string> Names(AppUser user) =>
        new[] { user.Email?.Split('@')[0], user.DisplayName?.Trim() }
            .OfType<string>()
            .Where(name => name.Length >= MinNameLength);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("passwords/common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
