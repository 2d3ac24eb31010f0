using System.Security.Claims;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>
/// Step two: the chosen time, a short form (name and e-mail or phone for guests, what it is about, an optional
/// reason for the practice) and one button. The booking holds the practice's slot and the room together, or neither.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class BookSlotModel(
    SiteDirectory sites, RoomEditor rooms, ScheduleEditor schedules, SlotFinder finder, BookingService booking,
    UserManager<AppUser> users, IStringLocalizer<TelemedicineResource> text) : PageModel
{
    public const string BookedMessage = "Telemedicine.Booked";

    [BindProperty(SupportsGet = true, Name = "art")]
    public ConsultationKind? ChosenKind { get; set; }

    [BindProperty]
    public BookingFormInput Input { get; set; } = new();

    public Site Site { get; private set; } = null!;
    public Slot Slot { get; private set; } = null!;
    public ConsultationSchedule Schedule { get; private set; } = null!;
    public IReadOnlyList<TelemedicineRoom> FreeRooms { get; private set; } = [];
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    public string AccountName => User.FindFirstValue(ClaimTypes.GivenName) ?? User.Identity?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(string site, string slot, CancellationToken ct)
    {
        if (!await LoadAsync(site, slot, ct))
        {
            return NotFound();
        }
        Input.Kind = ChosenKind is { } kind && Schedule.Kinds.Offers(kind) ? kind : Schedule.Kinds.Members().First();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string site, string slot, CancellationToken ct)
    {
        if (!await LoadAsync(site, slot, ct))
        {
            return NotFound();
        }
        var language = Localization.CurrentLanguage;
        var patient = SignedIn
            ? await Patients.ForAccountAsync(users, User.UserId()!, Input.Phone, language)
            : Patients.ForGuest(Input.Name, Input.Email, Input.Phone, language);
        if (patient is null)
        {
            return Challenge();
        }
        if (Input.Kind is not { } kind)
        {
            ModelState.AddModelError("Input.Kind", text["FieldError.Required"]);
            return Page();
        }
        var outcome = await booking.BookAsync(new BookingRequest(Slot.Id, Input.RoomId, kind, patient, Input.Reason),
            HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        var (appointment, token) = outcome.Value!;
        TempData[BookedMessage] = appointment.HoldExpiresAt is { } until
            ? text["Telemedicine.HeldNotice", Dates.DateTime(until)].Value
            : text["Telemedicine.BookedNotice"].Value;
        return RedirectToPage("Appointment", new { id = appointment.Id, token });
    }

    private async Task<bool> LoadAsync(string site, string slot, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found || (await finder.GetAsync(slot, ct)).Value is not { } free
            || await schedules.FindAsync(free.ScheduleId, ct) is not { IsActive: true } schedule || schedule.SiteId != found.Id)
        {
            return false;
        }
        (Site, Slot, Schedule) = (found, free, schedule);
        FreeRooms = (await rooms.ListAsync(found.Id, ct)).Where(r => free.FreeRoomIds.Contains(r.Id)).ToList();
        return true;
    }
}
