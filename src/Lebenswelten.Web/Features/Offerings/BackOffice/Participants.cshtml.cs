using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>Who registered for an offering: personal and Art. 9 data, so AttendanceBook audits every read.</summary>
public sealed class ParticipantsModel(OfferingAdminServices services, AttendanceBook book, RegistrationService registrations,
    IStringLocalizer<OfferingsResource> text) : OfferingAdminPage(services, text)
{
    public IReadOnlyList<Participant> Participants { get; private set; } = [];

    /// <summary>The participant the provider is about to take off the list (asked first, then posted).</summary>
    [BindProperty(SupportsGet = true, Name = "abmelden")]
    public Guid? ToCancel { get; set; }

    public Participant? Confirming => Participants.FirstOrDefault(p => p.Registration.Id == ToCancel && p.Registration.IsActive);

    public async Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct) =>
        await LoadAsync(site, id, ct) && await ListAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct))
        {
            return NotFound();
        }
        if (ToCancel is { } registrationId)
        {
            // RegistrationService checks itself that the caller manages this offering and that the registration is one of it.
            var outcome = await registrations.CancelByProviderAsync(id, registrationId, HttpContext.AuditActor(), ct);
            if (outcome.Problem is { } problem)
            {
                Show(problem);
                ToCancel = null;
                return await ListAsync(ct) ? Page() : NotFound();
            }
            Saved(Text["OfferingAdmin.ParticipantCancelled", outcome.Value!.Name]);
        }
        return RedirectToPage(new { site, id });
    }

    private async Task<bool> ListAsync(CancellationToken ct)
    {
        var outcome = await book.ParticipantsAsync(Offering.Id, HttpContext.AuditActor(), ct);
        Participants = outcome.Value?.Participants ?? [];
        return outcome.Succeeded;
    }
}
