using System.Net.Mail;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Administration;

/// <summary>The checks on names, addresses and passwords that invitation and sign-up share.</summary>
internal static class AccountFields
{
    public const int MaxEmailLength = 256;
    public const int MaxNameLength = 200;

    public static string? EmailProblem(string? email) =>
        string.IsNullOrWhiteSpace(email) ? "Required"
        : email.Length > MaxEmailLength ? "TooLong"
        : MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && email.Contains('.', StringComparison.Ordinal) ? null
        : "InvalidEmail";

    public static void CheckName(FieldErrors errors, string? name)
    {
        errors.AddIf(string.IsNullOrWhiteSpace(name), "DisplayName", "Required");
        errors.AddIf(name?.Length > MaxNameLength, "DisplayName", "TooLong");
    }

    /// <summary>Runs Identity's password rules (length, common list, name) up front, so every error shows at once.</summary>
    public static async Task CheckPasswordAsync(FieldErrors errors, UserManager<Identity.AppUser> users, Identity.AppUser candidate,
        string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add("Password", "Required");
            return;
        }
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, candidate, password);
            foreach (var code in result.Errors.Select(e => e.Code).Distinct())
            {
                errors.Add("Password", code);
            }
        }
    }

    /// <summary>Identity's password errors ("PasswordTooShort", "PasswordTooCommon", …) become field errors of their own code.</summary>
    public static DomainProblem PasswordProblem(IdentityResult result) =>
        DomainProblem.Invalid(new Dictionary<string, string[]>
        {
            ["Password"] = result.Errors.Select(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? e.Code : "Invalid")
                .Distinct().ToArray(),
        });
}
