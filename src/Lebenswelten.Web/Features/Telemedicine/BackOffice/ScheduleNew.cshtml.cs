using Lebenswelten.Core.Data;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>A practice publishes video consultation hours.</summary>
public sealed class ScheduleNewModel(ScheduleEditor editor, RoomEditor rooms, LebensweltenDbContext db, BackOfficeServices services,
    TelemedicineAccess access, IStringLocalizer<TelemedicineResource> text) : ScheduleFormPage(editor, rooms, db, services, access, text)
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) =>
        await LoadSiteAsync(site, ct) ? await FormAsync(ct) : NotFound();

    public async Task<IActionResult> OnPostAsync(string site, CancellationToken ct) =>
        await LoadSiteAsync(site, ct) ? await SaveAsync(draft => Editor.CreateAsync(Site.Id, draft, HttpContext.AuditActor(), ct), ct)
            : NotFound();
}
