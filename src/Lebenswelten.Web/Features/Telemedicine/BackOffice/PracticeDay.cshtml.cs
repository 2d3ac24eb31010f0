using Lebenswelten.Core.Data;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Telemedicine.Video;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>One practice appointment on the day list, with the meeting link when its window is open.</summary>
/// <summary>An appointment card; a video link the practice typed and was refused stays open with its text and error.</summary>
public sealed record PracticeEntry(TelemedicineAppointment Appointment, VideoLink? Video, string? VideoProblem, bool LinkRefused = false,
    string? RefusedLink = null);

/// <summary>
/// The practice's day: who comes when, with contact, kind and reason (Art. 9 data: PracticeDesk audits every read,
/// one line per person); the coming appointments; cancel after a confirmation that names the person and asks the
/// reason they are told; join the video as moderator; paste a meeting link for one appointment.
/// </summary>
public sealed class PracticeDayModel(PracticeDesk desk, BookingService booking, VideoLinks video, LebensweltenDbContext db,
    BackOfficeServices services, TelemedicineAccess access, IStringLocalizer<TelemedicineResource> text)
    : TelemedicineStaffPage(services, access, text)
{
    public const int UpcomingCount = 10;

    [BindProperty(SupportsGet = true, Name = "tag")]
    public string? DayText { get; set; }

    /// <summary>The appointment the practice is about to cancel (asked first, then posted with the reason).</summary>
    [BindProperty(SupportsGet = true, Name = "absagen")]
    public Guid? ToCancel { get; set; }

    public DateOnly Day { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Practices { get; private set; } = [];
    public IReadOnlyList<PracticeEntry> Entries { get; private set; } = [];
    public IReadOnlyList<TelemedicineAppointment> Upcoming { get; private set; } = [];
    public TelemedicineAppointment? Confirming { get; private set; }

    /// <summary>The appointment whose pasted link was refused, and the link as typed: its form stays open with the error.</summary>
    public (Guid Appointment, string? Link)? RefusedLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) => await LoadAsync(site, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(string site, Guid appointmentId, string? cancelReason, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        ToCancel = appointmentId;
        if (string.IsNullOrWhiteSpace(cancelReason))
        {
            // The person is told why (issue 25): the page asks for it before anything changes. Someone else's
            // appointment stays "not found" either way.
            var mine = await desk.AppointmentAsync(appointmentId, HttpContext.AuditActor(), ct);
            return await AfterAsync(site, mine.Problem ?? DomainProblem.Field("Reason", "Required"), () => "", ct);
        }
        var outcome = await booking.CancelByPracticeAsync(appointmentId, cancelReason, HttpContext.AuditActor(), ct);
        return await AfterAsync(site, outcome.Problem, () => Text["Telemedicine.PracticeDay.Cancelled", outcome.Value!.Name,
            TelemedicineDisplay.When(outcome.Value)], ct);
    }

    public async Task<IActionResult> OnPostLinkAsync(string site, Guid appointmentId, string? videoLink, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var outcome = await video.SetPastedLinkAsync(appointmentId, videoLink, HttpContext.AuditActor(), ct);
        RefusedLink = outcome.Problem?.FieldErrors is not null ? (appointmentId, videoLink) : null;
        return await AfterAsync(site, outcome.Problem, () => Text["Telemedicine.PracticeDay.LinkSaved", outcome.Value!.Name], ct);
    }

    private async Task<IActionResult> AfterAsync(string site, DomainProblem? problem, Func<string> saved, CancellationToken ct)
    {
        if (problem is not null)
        {
            if (!await LoadAsync(site, ct))
            {
                return NotFound();
            }
            Show(problem);
            return Page();
        }
        Saved(saved());
        return RedirectToPage(new { tag = TelemedicineDisplay.IsoDay(TelemedicineDisplay.ParseDay(DayText) ?? Today), absagen = (Guid?)null });
    }

    private async Task<bool> LoadAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return false;
        }
        Day = TelemedicineDisplay.ParseDay(DayText) ?? Today;
        Practices = await PracticeChoices.ForAsync(Access, db, UserId, Site.Id, ct);
        var actor = HttpContext.AuditActor();
        var entries = new List<PracticeEntry>();
        var upcoming = new List<TelemedicineAppointment>();
        foreach (var (practiceId, _) in Practices)
        {
            foreach (var appointment in (await desk.AppointmentsAsync(practiceId, Day, Day, actor, ct)).Value ?? [])
            {
                var link = appointment.IsBooked ? video.ForPractice(appointment) : default;
                var refused = RefusedLink is { } r && r.Appointment == appointment.Id;
                entries.Add(new PracticeEntry(appointment, link.Value, appointment.IsBooked ? link.Problem?.Code : null, refused,
                    refused ? RefusedLink!.Value.Link : null));
            }
            upcoming.AddRange((await desk.UpcomingAsync(practiceId, Clock.GetUtcNow(), UpcomingCount, actor, ct)).Value ?? []);
        }
        Entries = entries.OrderBy(e => e.Appointment.StartsAt).ToList();
        Upcoming = upcoming.OrderBy(a => a.StartsAt).Take(UpcomingCount).ToList();
        if (Entries.Count == 0)
        {
            // An empty day points to the next appointment after it, wherever in the coming weeks that is.
            var dayAfter = BerlinTime.ToUtc(Day.AddDays(1), TimeOnly.MinValue);
            var next = new List<TelemedicineAppointment>();
            foreach (var (practiceId, _) in Practices)
            {
                next.AddRange((await desk.UpcomingAsync(practiceId, dayAfter.AddTicks(-1), 1, actor, ct)).Value ?? []);
            }
            NextAfterDay = next.MinBy(a => a.StartsAt);
        }
        Confirming = ToCancel is { } id ? (await desk.AppointmentAsync(id, actor, ct)).Value is { IsBooked: true } a ? a : null : null;
        return true;
    }

    /// <summary>For an empty day: the first booked appointment after it, to jump to.</summary>
    public TelemedicineAppointment? NextAfterDay { get; private set; }
}
