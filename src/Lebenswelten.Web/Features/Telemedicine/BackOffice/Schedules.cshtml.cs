using Lebenswelten.Core.Data;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>The practice's video consultation hours at the site, and its closed days (closing cancels and mails the bookings).</summary>
public sealed class SchedulesModel(ScheduleEditor editor, DayClosures closures, LebensweltenDbContext db, BackOfficeServices services,
    TelemedicineAccess access, IStringLocalizer<TelemedicineResource> text) : TelemedicineStaffPage(services, access, text)
{
    public IReadOnlyList<(Guid Id, string Name)> Practices { get; private set; } = [];
    public IReadOnlyList<ConsultationSchedule> Schedules { get; private set; } = [];
    public IReadOnlyList<TelemedicineClosure> Closures { get; private set; } = [];

    [BindProperty]
    public ClosureInput Closure { get; set; } = new();

    /// <summary>The practice whose days are being closed, kept for the confirmation step.</summary>
    public Guid? ClosingPractice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) =>
        await LoadAsync(site, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCloseAsync(string site, Guid practice, bool confirmed, CancellationToken ct) =>
        (ClosingPractice = practice) is not null && await LoadAsync(site, ct)
            ? await CloseDaysAsync(Closure, confirmed,
                draft => closures.AffectedByPracticeClosureAsync(practice, draft, HttpContext.AuditActor(), ct),
                draft => closures.ClosePracticeAsync(practice, draft, HttpContext.AuditActor(), ct),
                () => Task.FromResult<IActionResult>(Page()))
            : NotFound();

    public async Task<IActionResult> OnPostReopenAsync(string site, Guid closureId, CancellationToken ct) =>
        await LoadAsync(site, ct) ? await ReopenDaysAsync(closures, closureId, ct) : NotFound();

    private async Task<bool> LoadAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return false;
        }
        Practices = await PracticeChoices.ForAsync(Access, db, UserId, Site.Id, ct);
        var mine = Practices.Select(p => p.Id).ToHashSet();
        Schedules = (await editor.ListAsync(Site.Id, null, ct)).Where(s => mine.Contains(s.PracticeOrganisationId)).ToList();
        Closures = (await closures.ListAsync(Site.Id, Today, ct))
            .Where(c => c.PracticeOrganisationId is { } id && mine.Contains(id)).ToList();
        return true;
    }
}
