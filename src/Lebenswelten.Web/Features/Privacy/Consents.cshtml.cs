using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Privacy;

/// <summary>My consents: what I agreed to, when, and a button to withdraw each (as easy as giving it, Art. 7(3)).</summary>
public sealed class ConsentsModel(ConsentBook consents, IStringLocalizer<PrivacyResource> text) : PageModel
{
    public IReadOnlyList<Consent> Consents { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Consents = await consents.ForUserAsync(User.UserId()!, ct);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid consent, CancellationToken ct)
    {
        var outcome = await consents.WithdrawAsync(consent, User.UserId(), null, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            await OnGetAsync(ct);
            return Page();
        }
        Saved = text["Consents.Withdrawn"];
        return RedirectToPage();
    }
}
