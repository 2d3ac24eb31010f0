using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared;
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
        if (Draft() is not { } draft)
        {
            return await FormAsync(ct);
        }
        var outcome = await editor.CreateAsync(Site.Id, draft, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return await FormAsync(ct);
        }
        Saved(Text["Telemedicine.Schedule.Saved", outcome.Value!.Name]);
        return Redirect($"{BaseUrl}/sprechzeiten");
    }
}
