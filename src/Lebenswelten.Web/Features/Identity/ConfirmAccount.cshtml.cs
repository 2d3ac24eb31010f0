using Lebenswelten.Core.Administration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>The link from the sign-up mail: confirms the address, after which the account can log in.</summary>
[AllowAnonymous]
public sealed class ConfirmAccountModel(ResidentSignUp signUp) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code, CancellationToken ct)
    {
        Confirmed = (await signUp.ConfirmAsync(userId, code, ct)).Succeeded;
        if (!Confirmed)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
