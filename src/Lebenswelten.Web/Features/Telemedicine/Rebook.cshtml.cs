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
        return LocalRedirect(AppointmentLinks.Manage(appointment.Id, token));
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
        var today = TelemedicineDisplay.Today(clock);
        var start = SlotWeek.Requested(Week, today);
        var found = await finder.FindAsync(new SlotQuery(appointment.SiteId, start, start.AddDays(6)) { ScheduleId = appointment.ScheduleId }, ct);
        var tokenQuery = appointment.IsGuest ? AppointmentLinks.Token(Token) : "";
        Slots = SlotWeek.From(start, found.Value ?? [], today,
            week => $"{AppointmentLinks.Manage(id, null, "umbuchen")}{(tokenQuery.Length > 0 ? tokenQuery + "&" : "?")}woche={TelemedicineDisplay.IsoDay(week)}",
            slotHref: null);
        return true;
    }
}
