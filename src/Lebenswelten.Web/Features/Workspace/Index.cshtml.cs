using Lebenswelten.Core.Workspace;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Workspace;

/// <summary>
/// The staff start page (issue 25), where staff land after login: one section per site, one part per role, each item a
/// link. Residents have no workspace: they go on to their own page, as before.
/// </summary>
// Not Policies.SignedIn: staff must have their second factor before they see any name (StaffTwoFactorPolicies).
[Authorize]
public sealed class IndexModel(WorkspaceService workspace) : PageModel
{
    public StartPage Start { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Start = await workspace.OpenAsync(HttpContext.AuditActor(), recordVisit: true, ct);
        return Start.IsStaff ? Page() : RedirectToPage("/Identity/Account");
    }
}
