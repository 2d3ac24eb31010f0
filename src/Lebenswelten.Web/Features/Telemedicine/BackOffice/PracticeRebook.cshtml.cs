using Lebenswelten.Core.Data;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>One appointment a closure cancelled, with the practice's free slots it could move to.</summary>
public sealed record RebookCandidate(TelemedicineAppointment Appointment, IReadOnlyList<Slot> FreeSlots);

/// <summary>
/// After closing days: the appointments the closure cancelled, each with the practice's next free slots, to give the
/// person a new time in one step (<see cref="ClosureRebooking"/>; the person gets the "moved" mail).
/// </summary>
public sealed class PracticeRebookModel(ClosureRebooking rebooking, SlotFinder slots, LebensweltenDbContext db,
    BackOfficeServices services, TelemedicineAccess access, IStringLocalizer<TelemedicineResource> text)
    : TelemedicineStaffPage(services, access, text)
{
    public const int DaysAhead = 21;
    public const int SlotsOffered = 30;

    public IReadOnlyList<(Guid Id, string Name)> Practices { get; private set; } = [];
    public IReadOnlyList<RebookCandidate> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) => await LoadAsync(site, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string site, Guid appointmentId, string? slot, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var outcome = string.IsNullOrEmpty(slot) ? DomainProblem.Field("Slot", "Required")
            : await rebooking.RebookAsync(appointmentId, slot, null, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            if (!await LoadAsync(site, ct))
            {
                return NotFound();
            }
            Show(problem);
            return Page();
        }
        Saved(Text["Telemedicine.Rebook.Done", outcome.Value!.Appointment.Name, TelemedicineDisplay.When(outcome.Value.Appointment)]);
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return false;
        }
        Practices = await PracticeChoices.ForAsync(Access, db, UserId, Site.Id, ct);
        var candidates = new List<RebookCandidate>();
        foreach (var (practiceId, _) in Practices)
        {
            var waiting = (await rebooking.WaitingAsync(practiceId, HttpContext.AuditActor(), ct)).Value ?? [];
            foreach (var appointment in waiting)
            {
                var free = await slots.FindAsync(new SlotQuery(Site.Id, Today, Today.AddDays(DaysAhead))
                    { PracticeOrganisationId = practiceId, Kind = appointment.Kind }, ct);
                candidates.Add(new RebookCandidate(appointment, (free.Value ?? []).Take(SlotsOffered).ToList()));
            }
        }
        Candidates = candidates;
        return true;
    }
}
