using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Identity;

public sealed class AcceptForm
{
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
}

/// <summary>
/// The mailed invitation link. For a new account, or one nobody ever logged in to, the token stands in for a login and
/// the person sets name and password. An account in use accepts only logged in as itself, recently (ASVS 5.0 V7.5.3):
/// a stranger may have signed up with the address first (issue 15). Unknown, used and expired links get a plain German
/// explanation (404 or 410), never an error page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class InvitationModel(Invitations invitations, SignInManager<AppUser> signIn, IAuthorizationService authorization,
    IStringLocalizer<IdentityResource> text) : PageModel
{
    public OpenInvitation? Open { get; private set; }
    public string? ProblemCode { get; private set; }
    public bool Accepted { get; private set; }

    /// <summary>For <see cref="AcceptStep.LogIn"/>: whether the account the invitation is for is the one logged in here.</summary>
    public bool LoggedInAsInvitee => Open?.AccountId is { } id && User.UserId() == id;

    public bool LoggedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>The login page, and back here.</summary>
    public string LoginUrl => Url.Page("/Identity/Login", new { returnUrl = (Request.PathBase + Request.Path).ToString() })!;

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
        AcceptingLogin? login = null;
        if (Open!.Step == AcceptStep.LogIn)
        {
            if (!LoggedIn)
            {
                return Challenge();
            }
            if (LoggedInAsInvitee && !(await authorization.AuthorizeAsync(User, Policies.RecentLogin)).Succeeded)
            {
                return RecentLoginForChangesAttribute.ConfirmAndComeBack(Request.PathBase + Request.Path);
            }
            login = new AcceptingLogin(User.UserId()!, User.HasTwoFactor());
        }
        var outcome = await invitations.AcceptAsync(token, new Acceptance(Input.DisplayName, Input.Password, login), ct);
        if (outcome.Problem is { FieldErrors: not null } invalid)
        {
            invalid.AddTo(ModelState, text);
            return Page();
        }
        if (outcome.Problem is { Kind: ProblemKind.Forbidden })
        {
            // Logged in as another account: the invitation stays open for the right one.
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return Page();
        }
        if (login is not null)
        {
            // Accepting renewed the account's stamp (other sessions end); this session goes on, with the new role.
            await signIn.RefreshSignInAsync((await signIn.UserManager.FindByIdAsync(login.UserId))!);
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
