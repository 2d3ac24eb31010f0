using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>Turns a form or a JSON body into the Core's <see cref="Patient"/>: an account books with its own name and address.</summary>
public static class Patients
{
    public static async Task<Patient?> ForAccountAsync(UserManager<AppUser> users, string userId, string? phone, string language) =>
        await users.FindByIdAsync(userId) is { } user
            ? new Patient(user.Id, user.DisplayName ?? user.Email ?? user.UserName ?? "", user.Email, TypedText.TrimmedOrNull(phone),
                language)
            : null;

    public static Patient ForGuest(string? name, string? email, string? phone, string language) =>
        new(null, name ?? "", TypedText.TrimmedOrNull(email), TypedText.TrimmedOrNull(phone), language);
}
