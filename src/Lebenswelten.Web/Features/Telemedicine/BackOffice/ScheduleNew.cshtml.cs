using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>A practice publishes video consultation hours.</summary>
public sealed class ScheduleNewModel(ScheduleEditor editor) : ScheduleFormPage
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        return await FormAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        return await SubmitAsync(Draft(), draft => editor.CreateAsync(Site.Id, draft, HttpContext.AuditActor(), ct), () => FormAsync(ct),
            schedule => (Text["Telemedicine.Schedule.Saved", schedule.Name], $"{BaseUrl}/sprechzeiten"));
    }
}
