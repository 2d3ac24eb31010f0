using Lebenswelten.Core.Data;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>Changes consultation hours; appointments already booked stay (the practice cancels them itself if it must).</summary>
public sealed class ScheduleEditModel(ScheduleEditor editor, RoomEditor rooms, LebensweltenDbContext db, BackOfficeServices services,
    TelemedicineAccess access, IStringLocalizer<TelemedicineResource> text) : ScheduleFormPage(editor, rooms, db, services, access, text)
{
    public override bool IsNew => false;

    public ConsultationSchedule Schedule { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string site, Guid schedule, CancellationToken ct)
    {
        if (!await LoadAsync(site, schedule, ct))
        {
            return NotFound();
        }
        Input = ScheduleForm.From(Schedule);
        return await FormAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string site, Guid schedule, CancellationToken ct) =>
        await LoadAsync(site, schedule, ct)
            ? await SaveAsync(draft => Editor.UpdateAsync(schedule, draft, HttpContext.AuditActor(), ct), ct)
            : NotFound();

    private async Task<bool> LoadAsync(string site, Guid schedule, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct) || await Editor.FindAsync(schedule, ct) is not { } found || found.SiteId != Site.Id
            || !await Access.IsPracticeAsync(UserId, Site.Id, found.PracticeOrganisationId, ct))
        {
            return false;
        }
        Schedule = found;
        return true;
    }
}
