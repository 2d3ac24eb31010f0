using Lebenswelten.Core.Data;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Telemedicine.Video;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>
/// One appointment for its patient (the account, or a guest's personal link): the time and place, the check-in code
/// with its QR code, the calendar file, the video button (active from 10 minutes before the start, decided on the
/// server), cancelling and rebooking until the deadline. A guest's booking that still awaits the address's verification
/// shows only the code form and the cancel button. To anyone else it does not exist (404).
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
public sealed class AppointmentModel(PatientAppointments appointments, BookingService booking, ContactVerification verification,
    VideoLinks video, PublicLinks links, LebensweltenDbContext db, TimeProvider clock, IStringLocalizer<TelemedicineResource> text)
    : PageModel
{
    /// <summary>From the link on GET; from a hidden field on POST, so it never sits in a form's address.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public bool ConfirmCancel { get; set; }

    /// <summary>The six digits from the verification mail, for a guest whose booking still holds the slot unverified.</summary>
    [BindProperty]
    public VerifyInput Input { get; set; } = new();

    public TelemedicineAppointment Appointment { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }
    public DateTimeOffset Deadline => BookingService.CancellationDeadline(Appointment);
    public bool MayChange => BookingService.MayChange(Appointment, Now);
    public VideoLink? Video { get; private set; }
    public string? VideoProblem { get; private set; }
    /// <summary>
    /// What the QR code carries: the room staff's check-in page with this code filled in, so staff can scan it with a
    /// phone; the code itself stays readable beside it.
    /// </summary>
    public string CheckInUrl { get; private set; } = "";
    public string? Message => TempData[BookSlotModel.BookedMessage] as string;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

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
        return await ChangeAsync(id, await booking.CancelByPatientAsync(id, Actor, HttpContext.AuditActor(), ct), ct);
    }

    public async Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct)
    {
        var outcome = await verification.VerifyWithCodeAsync(id, Actor, Input.Code, HttpContext.AuditActor(), ct);
        if (outcome.Succeeded)
        {
            TempData[BookSlotModel.BookedMessage] = text["Telemedicine.VerifiedNotice"].Value;
        }
        return await ChangeAsync(id, outcome, ct);
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Core.Common.Outcome<TelemedicineAppointment> outcome, CancellationToken ct)
    {
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

    /// <summary>The personal link's token for a guest's links; an account's links need none.</summary>
    public string? GuestToken => Appointment.IsGuest ? Token : null;

    private AppointmentActor Actor => new(User.UserId(), Token);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await appointments.FindAsync(id, Actor, ct) is not { } appointment)
        {
            return false;
        }
        Appointment = appointment;
        Now = clock.GetUtcNow();
        var site = await db.Sites.Where(s => s.Id == appointment.SiteId).Select(s => s.Slug).SingleAsync(ct);
        CheckInUrl = links.RoomCheckIn(site, appointment.RoomId, appointment.CheckInCode);
        if (appointment.IsBooked && !appointment.AwaitsVerification)
        {
            var link = video.ForPatient(appointment);
            (Video, VideoProblem) = (link.Value, link.Problem?.Code);
        }
        return true;
    }
}
