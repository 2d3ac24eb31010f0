using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Common;
using Lebenswelten.Web.Features.Shared;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Lebenswelten.Web.Features.Identity;

public sealed class AcceptForm
{
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
}

/// <summary>
/// The mailed invitation link: the token stands in for a login. Unknown, used and expired links get a plain
/// German explanation (404 or 410), never an error page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class InvitationModel(Invitations invitations, IStringLocalizer<SharedResource> text) : PageModel
{
    public OpenInvitation? Open { get; private set; }
    public string? ProblemCode { get; private set; }
    public bool Accepted { get; private set; }

    [BindProperty]
    public AcceptForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        await LoadAsync(token, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return Page();
        }
        var outcome = await invitations.AcceptAsync(token, Input.DisplayName, Input.Password, ct);
        if (outcome.Problem is { FieldErrors: not null } invalid)
        {
            invalid.AddTo(ModelState, text);
            return Page();
        }
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return Page();
        }
        Accepted = true;
        return Page();
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        var found = await invitations.FindAsync(token, ct);
        if (found.Problem is { } problem)
        {
            Show(problem);
            return false;
        }
        Open = found.Value;
        return true;
    }

    private void Show(DomainProblem problem)
    {
        ProblemCode = problem.Code;
        Open = null;
        Response.StatusCode = problem.Kind == ProblemKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
    }
}
