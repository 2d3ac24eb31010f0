using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>
/// Who registered for an offering: personal and Art. 9 data, so AttendanceBook audits every read (and the CSV
/// export as an export). Search by name, address or phone and filter by state; print the list; take someone off.
/// </summary>
public sealed class ParticipantsModel(OfferingAdminServices services, AttendanceBook book, RegistrationService registrations,
    IStringLocalizer<OfferingsResource> text) : OfferingAdminPage(services, text)
{
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public IReadOnlyList<Participant> Shown { get; private set; } = [];

    /// <summary>The participant the provider is about to take off the list (asked first, then posted).</summary>
    [BindProperty(SupportsGet = true, Name = "abmelden")]
    public Guid? ToCancel { get; set; }

    [BindProperty(SupportsGet = true, Name = "suche")]
    public string? Search { get; set; }

    /// <summary>A <see cref="RegistrationStatus"/> name, or empty for everyone.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public Participant? Confirming => Participants.FirstOrDefault(p => p.Registration.Id == ToCancel && p.Registration.IsActive);

    public async Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct) =>
        await LoadAsync(site, id, ct) && await ListAsync(ct) ? Page() : NotFound();

    /// <summary>The list as shown (search and filter applied) as a spreadsheet.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct) || (await book.ExportParticipantsAsync(id, HttpContext.AuditActor(), ct)).Value is not { } list)
        {
            return NotFound();
        }
        return File(ParticipantsCsv.Write(Filter(list.Participants), Text), ParticipantsCsv.ContentType,
            ParticipantsCsv.FileName(Offering, Clock.GetUtcNow()));
    }

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
        Shown = Filter(Participants);
        return outcome.Succeeded;
    }

    private List<Participant> Filter(IEnumerable<Participant> participants)
    {
        var status = Enum.TryParse<RegistrationStatus>(StatusFilter, ignoreCase: true, out var s) ? s : (RegistrationStatus?)null;
        var term = Search?.Trim();
        return participants.Where(p => (status is null || p.Registration.Status == status)
            && (string.IsNullOrEmpty(term) || Matches(p.Registration.Name, term) || Matches(p.Registration.Email, term)
                || Matches(p.Registration.Phone, term))).ToList();
    }

    private static bool Matches(string? value, string term) =>
        value is not null && value.Contains(term, StringComparison.CurrentCultureIgnoreCase);
}
