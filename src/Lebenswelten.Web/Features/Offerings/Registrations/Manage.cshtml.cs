using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>
/// One registration, for its account holder or for the guest with the personal link: status, place offered,
/// cancellation. To anyone else it does not exist (404).
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
public sealed class ManageModel(RegistrationService registrations, TimeProvider clock, IStringLocalizer<OfferingsResource> text) : PageModel
{
    /// <summary>From the link on GET; from a hidden field on POST, so that it never sits in a form's address.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public bool ConfirmCancel { get; set; }

    public Registration Registration { get; private set; } = null!;
    public Offering Offering => Registration.Offering!;
    public int? Position { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) =>
        await ChangeAsync(id, registrations.AcceptOfferAsync, ct);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        if (!ConfirmCancel)
        {
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }
            ModelState.AddModelError(nameof(ConfirmCancel), text["Manage.ConfirmCancelMissing"]);
            return Page();
        }
        return await ChangeAsync(id, registrations.CancelAsync, ct);
    }

    private async Task<IActionResult> ChangeAsync(Guid id,
        Func<Guid, RegistrationActor, CancellationToken, Task<Core.Common.Outcome<Registration>>> change, CancellationToken ct)
    {
        var outcome = await change(id, Actor, ct);
        if (outcome.Problem is { } problem)
        {
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }
            problem.AddTo(ModelState, text);
            return Page();
        }
        return RedirectToPage(new { id, token = Token });
    }

    private RegistrationActor Actor => new(User.UserId(), Token);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await registrations.FindForAsync(id, Actor, ct) is not { } registration)
        {
            return false;
        }
        Registration = registration;
        Position = await registrations.PositionAsync(registration, ct);
        Now = clock.GetUtcNow();
        return true;
    }
}
