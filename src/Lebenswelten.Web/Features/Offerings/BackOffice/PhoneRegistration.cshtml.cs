using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>
/// Staff register someone who called (issue 25) through RegistrationService.RegisterByPhoneAsync, the same admission as
/// self-registration. Afterwards the list says whether the person gets a mail or must be told by phone.
/// </summary>
public sealed class PhoneRegistrationModel(OfferingAdminServices services, RegistrationService registrations,
    IStringLocalizer<OfferingsResource> text) : OfferingAdminPage(services, text)
{
    [BindProperty]
    public PhoneRegistrationForm Input { get; set; } = new();

    public bool HasPlace => Offering.HasPlaceForNewcomer;

    public async Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct) =>
        await LoadAsync(site, id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct))
        {
            return NotFound();
        }
        if (Checked<PhoneRegistrationDraft>((Input.ToDraft(), null), d => d.Validate()) is not { } draft)
        {
            return Page();
        }
        var outcome = await registrations.RegisterByPhoneAsync(id, draft, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            // Said to staff, not to the caller: "this person is already registered", "registration is closed".
            if (problem.FieldErrors is null && Text[$"OfferingAdmin.Phone.{problem.Code}"] is { ResourceNotFound: false } staffWords)
            {
                ModelState.AddModelError("", staffWords);
            }
            else
            {
                Show(problem);
            }
            return Page();
        }
        var receipt = outcome.Value!;
        var status = receipt.WaitingListPosition is { } position
            ? Text["OfferingAdmin.Phone.Waiting", receipt.Registration.Name, position]
            : Text["OfferingAdmin.Phone.Confirmed", receipt.Registration.Name];
        Saved($"{status} {(receipt.Registration.Email is { } email ? Text["OfferingAdmin.Phone.Mailed", email] : Text["OfferingAdmin.Phone.CallBack"])}");
        return RedirectToPage("Participants", new { site, id });
    }
}

/// <summary>What staff type in during the call; the rules are <see cref="PhoneRegistrationDraft.Validate"/>'s.</summary>
public sealed class PhoneRegistrationForm
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Language { get; set; } = "de";
    public bool ConsentGiven { get; set; }

    public PhoneRegistrationDraft ToDraft() =>
        new(Name, Phone, Email, ConsentGiven, string.IsNullOrWhiteSpace(Language) ? null : Language.Trim());
}
