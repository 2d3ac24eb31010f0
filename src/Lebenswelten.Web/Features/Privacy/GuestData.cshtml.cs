using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Privacy;

/// <summary>
/// A guest's data rights through the personal link, which stands in for an account and its password:
/// see and withdraw consents, download the data, have it erased. To anyone else the page does not exist.
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
public sealed class GuestDataModel(RegistrationService registrations, GuestRegistrationData guestData, ConsentBook consents,
    IStringLocalizer<PrivacyResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public bool ConfirmErase { get; set; }

    public Registration Registration { get; private set; } = null!;
    public IReadOnlyList<Consent> Consents { get; private set; } = [];

    public GuestDataActions Actions => new(Token, text["GuestData.EraseText"], text["GuestData.ConfirmErase"]);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostExportAsync(Guid id, string? format, CancellationToken ct)
    {
        var outcome = await guestData.ExportAsync(id, Token, HttpContext.AuditActor(), ct);
        return outcome.Value is { } data ? PersonalDataDownload.Result(this, data, format) : NotFound();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid consent, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var outcome = await consents.WithdrawAsync(consent, null, id, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        return RedirectToPage(new { id, token = Token });
    }

    public Task<IActionResult> OnPostEraseAsync(Guid id, CancellationToken ct) =>
        GuestErasure.EraseAsync(this, ConfirmErase, text, () => LoadAsync(id, ct),
            async () => (await guestData.EraseAsync(id, Token, HttpContext.AuditActor(), ct)).Succeeded);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await registrations.FindForAsync(id, new RegistrationActor(null, Token), ct) is not { IsGuest: true } registration)
        {
            return false;
        }
        Registration = registration;
        Consents = await consents.ForRegistrationAsync(id, ct);
        return true;
    }
}
