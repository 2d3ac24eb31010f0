using Lebenswelten.Core.Administration;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Identity;

public sealed class NewPasswordForm
{
    public string? Password { get; set; }
}

/// <summary>
/// The link from the reset mail: a new password (with the password rules' German field errors). The token in the
/// address stands in for a login; unknown, used or expired links get an explanation and 404.
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
[EnableRateLimiting(RateLimits.Login)]
public sealed class ResetPasswordModel(PasswordReset reset, IStringLocalizer<IdentityResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewPasswordForm Input { get; set; } = new();

    public bool LinkValid { get; private set; } = true;
    public bool Done { get; private set; }

    public async Task OnGetAsync()
    {
        if (!await reset.IsValidAsync(UserId, Token))
        {
            Refuse();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await reset.ResetAsync(UserId, Token, Input.Password, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        ModelState.Clear();
        if (outcome.Problem is { Kind: ProblemKind.NotFound })
        {
            Refuse();
        }
        else if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text, nameof(Input));
        }
        else
        {
            Done = true;
        }
        return Page();
    }

    private void Refuse()
    {
        LinkValid = false;
        Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
