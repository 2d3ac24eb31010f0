using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Authentication;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Privacy;

/// <summary>"Meine Daten": download everything about me, or have it erased. Both need a recent login.</summary>
[RecentLoginForChanges]
public sealed class MyDataModel(PersonalDataExport export, Erasure erasure,
    IStringLocalizer<PrivacyResource> text) : PageModel
{
    [BindProperty]
    public ExportInput Export { get; set; } = new();

    [BindProperty]
    public ErasureInput Erase { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct)
    {
        var outcome = await export.ForAccountAsync(User.UserId()!, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text, nameof(Export));
            return Page();
        }
        return PersonalDataDownload.Result(this, outcome.Value!, Export.Format);
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        if (!Erase.Confirm)
        {
            ModelState.AddModelError($"{nameof(Erase)}.{nameof(ErasureInput.Confirm)}", text["MyData.ConfirmMissing"]);
            return Page();
        }
        var outcome = await erasure.EraseAccountAsync(User.UserId()!, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text, nameof(Erase));
            return Page();
        }
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return RedirectToPage("/Privacy/Erased");
    }
}

public sealed class ExportInput
{
    /// <summary>"json" or "html".</summary>
    public string? Format { get; set; }
}

public sealed class ErasureInput
{
    public bool Confirm { get; set; }
}
