using System.Security.Claims;
using Lebenswelten.Core.Common;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// The current password again before an export, an erasure or a role change (ASVS V7.5.3), so that an unattended
/// session or a stolen token alone cannot take all data, delete the account or hand out roles. Failures count
/// towards the login lockout, so the form cannot be used to guess the password either.
/// </summary>
public sealed class Reauthentication(SignInManager<AppUser> signIn)
{
    public async Task<DomainProblem?> CheckAsync(ClaimsPrincipal principal, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return DomainProblem.Field("Password", "Required");
        }
        if (await signIn.UserManager.GetUserAsync(principal) is not { } user)
        {
            return DomainProblem.NotFound("Account.NotFound");
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded ? null
            : result.IsLockedOut ? DomainProblem.Forbidden("Account.LockedOut")
            : DomainProblem.Field("Password", "WrongPassword");
    }
}
