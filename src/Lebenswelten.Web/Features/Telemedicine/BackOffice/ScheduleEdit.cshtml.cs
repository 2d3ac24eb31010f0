using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>Changes consultation hours; appointments already booked stay (the practice cancels them itself if it must).</summary>
public sealed class ScheduleEditModel(ScheduleEditor editor) : ScheduleFormPage
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

    public async Task<IActionResult> OnPostAsync(string site, Guid schedule, CancellationToken ct)
    {
        if (!await LoadAsync(site, schedule, ct))
        {
            return NotFound();
        }
        return await SubmitAsync(Draft(), draft => editor.UpdateAsync(schedule, draft, HttpContext.AuditActor(), ct), () => FormAsync(ct),
            saved => (Text["Telemedicine.Schedule.Saved", saved.Name], $"{BaseUrl}/sprechzeiten"));
    }

    private async Task<bool> LoadAsync(string site, Guid schedule, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct) || await editor.FindAsync(schedule, ct) is not { } found || found.SiteId != Site.Id
            || !await Access.IsPracticeAsync(UserId, Site.Id, found.PracticeOrganisationId, ct))
        {
            return false;
        }
        Schedule = found;
        return true;
    }
}
