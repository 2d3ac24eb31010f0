using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>
/// The telemedicine back office of one site. The policy lets in the site's staff (second factor required); what each
/// person may see and do is <see cref="TelemedicineAccess"/>'s decision, never the page's: another practice's
/// appointment or a room one does not staff is not found.
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public abstract class TelemedicineStaffPage(BackOfficeServices services, TelemedicineAccess access,
    IStringLocalizer<TelemedicineResource> text) : BackOfficePage(services, text)
{
    protected TelemedicineAccess Access { get; } = access;
    protected DateOnly Today => TelemedicineDisplay.Today(Clock);

    /// <summary>
    /// Closes days of a room or a practice (the rooms page and the consultation hours page alike): the form again with
    /// its errors, or the number of cancelled bookings and the same page.
    /// </summary>
    protected async Task<IActionResult> CloseDaysAsync(ClosureInput input, Func<ClosureDraft, Task<Outcome<ClosureResult>>> close,
        Func<Task<IActionResult>> form)
    {
        // Only the closing form was sent; the page's other form must not show errors for fields nobody filled in.
        ModelState.Clear();
        if (input.ToDraft() is not { } draft)
        {
            ModelState.AddModelError("Closure.From", Text["FieldError.Required"]);
            return await form();
        }
        var outcome = await close(draft);
        if (outcome.Problem is { } problem)
        {
            Show(problem, "Closure");
            return await form();
        }
        Saved(Text["Telemedicine.Closure.Saved", outcome.Value!.AppointmentsCancelled]);
        return RedirectToPage();
    }

    /// <summary>Opens closed days again; a closure that is not the person's to open changes nothing.</summary>
    protected async Task<IActionResult> ReopenDaysAsync(DayClosures closures, Guid closureId, CancellationToken ct)
    {
        if ((await closures.ReopenAsync(closureId, HttpContext.AuditActor(), ct)).Problem is null)
        {
            Saved(Text["Telemedicine.Closure.Reopened"]);
        }
        return RedirectToPage();
    }
}
