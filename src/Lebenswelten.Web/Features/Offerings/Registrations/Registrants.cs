using System.Globalization;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>Turns what a form or a JSON body says into a <see cref="Registrant"/>; the rules stay in Core.</summary>
public static class Registrants
{
    /// <summary>An account holder registers with the account's name and e-mail; null when the account is gone.</summary>
    public static async Task<Registrant?> ForAccountAsync(UserManager<AppUser> users, string userId, RegisterRequest? extra,
        string language)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        return new Registrant(user.Id, user.DisplayName ?? user.Email ?? user.UserName ?? "", user.Email,
            Trimmed(extra?.Phone), Trimmed(extra?.PostalCode), extra?.BirthYear, ParseSex(extra?.Sex).Value, language);
    }

    public static Registrant ForGuest(RegisterRequest request, string language) =>
        new(null, request.Name ?? "", Trimmed(request.Email), Trimmed(request.Phone), Trimmed(request.PostalCode),
            request.BirthYear, ParseSex(request.Sex).Value, language);

    /// <summary>Problems the domain cannot see: a sex it does not know, a birth year that is no number.</summary>
    public static DomainProblem? FormatProblem(string? sex, string? birthYear = null)
    {
        var errors = new FieldErrors();
        errors.AddIf(!ParseSex(sex).Known, nameof(Registrant.Sex), "Unknown");
        errors.AddIf(!string.IsNullOrWhiteSpace(birthYear) && ParseYear(birthYear) is null, nameof(Registrant.BirthYear), "NotAYear");
        return errors.Any ? errors.ToProblem() : null;
    }

    public static int? ParseYear(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>By name only ("female"): <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> would also take "7".</summary>
    public static (Sex? Value, bool Known) ParseSex(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, true);
        }
        var name = Enum.GetNames<Sex>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is null ? (null, false) : (Enum.Parse<Sex>(name), true);
    }


    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
