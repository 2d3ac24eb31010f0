using Lebenswelten.Core.Data;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>
/// The practice's week at a glance, Monday to Sunday: time, name, kind and state per appointment (no reason, no
/// contact: those are one click away on the day). Read through PracticeDesk, so every look is audited.
/// </summary>
public sealed class PracticeWeekModel(PracticeDesk desk, LebensweltenDbContext db, BackOfficeServices services,
    TelemedicineAccess access, IStringLocalizer<TelemedicineResource> text) : TelemedicineStaffPage(services, access, text)
{
    [BindProperty(SupportsGet = true, Name = "woche")]
    public string? WeekText { get; set; }

    public DateOnly Monday { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Practices { get; private set; } = [];
    public ILookup<DateOnly, TelemedicineAppointment> ByDay { get; private set; } = null!;

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, 7).Select(Monday.AddDays);

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        Monday = TelemedicineDisplay.WeekStart(TelemedicineDisplay.ParseDay(WeekText) ?? Today);
        Practices = await PracticeChoices.ForAsync(Access, db, UserId, Site.Id, ct);
        var appointments = new List<TelemedicineAppointment>();
        foreach (var (practiceId, _) in Practices)
        {
            appointments.AddRange((await desk.AppointmentsAsync(practiceId, Monday, Monday.AddDays(6), HttpContext.AuditActor(), ct))
                .Value ?? []);
        }
        ByDay = appointments.OrderBy(a => a.StartsAt).ToLookup(a => a.LocalDate);
        return Page();
    }
}
