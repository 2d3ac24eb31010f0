using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>
/// Another time with the same practice: a week of free times, each a button posting its slot. The new appointment
/// is booked and the old one released together (BookingService.RebookAsync), or neither.
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
public sealed class RebookModel(PatientAppointments appointments, BookingService booking, SlotFinder finder, TimeProvider clock,
    IStringLocalizer<TelemedicineResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty(SupportsGet = true, Name = "woche")]
    public string? Week { get; set; }

    [BindProperty]
    public string? SlotId { get; set; }

    public TelemedicineAppointment Appointment { get; private set; } = null!;
    public bool MayChange { get; private set; }
    public SlotWeek Slots { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await booking.RebookAsync(id, Actor, SlotId ?? "", null, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }
            problem.AddTo(ModelState, text);
            return Page();
        }
        var (appointment, token) = outcome.Value!;
        TempData[BookSlotModel.BookedMessage] = text["Telemedicine.RebookedNotice"].Value;
        return RedirectToPage("Appointment", new { id = appointment.Id, token });
    }

    private AppointmentActor Actor => new(User.UserId(), Token);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await appointments.FindAsync(id, Actor, ct) is not { } appointment)
        {
            return false;
        }
        Appointment = appointment;
        MayChange = BookingService.MayChange(appointment, clock.GetUtcNow());
        if (!MayChange)
        {
            // Past the deadline the page shows no times, so it need not look for any.
            return true;
        }
        var today = TelemedicineDisplay.Today(clock);
        var start = SlotWeek.Requested(Week, today);
        var query = new SlotQuery(appointment.SiteId, start, start.AddDays(6)) { ScheduleId = appointment.ScheduleId };
        var token = appointment.IsGuest ? Token : null;
        Slots = SlotWeek.From(start, (await finder.FindAsync(query, ct)).Value ?? [], today,
            week => Url.Page("Rebook", new { id, token, woche = TelemedicineDisplay.IsoDay(week) })!, slotHref: null);
        return true;
    }
}
