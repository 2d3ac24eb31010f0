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
    public DateOnly Today => TelemedicineDisplay.Today(Clock);

    /// <summary>The bookings a closure would cancel, shown for confirmation before anything changes (issue 25).</summary>
    public IReadOnlyList<TelemedicineAppointment>? ClosureAffected { get; private set; }

    /// <summary>The closing section of the page: the closures, the form as entered and, to confirm, who is affected.</summary>
    public ClosureSection ClosureSection(string heading, string hint, IReadOnlyList<TelemedicineClosure> closures,
        IReadOnlyList<(Guid Id, string Name)> practices, ClosureInput input, Guid? practice = null) =>
        new(heading, hint, closures, practices)
        {
            Affected = ClosureAffected?.Select(Affected).ToList(),
            Input = new ClosureEntered(practice, input.From, input.To, input.Reason),
        };

    /// <summary>
    /// Closes days of a room or a practice (the rooms page and the consultation hours page alike). A closure that would
    /// cancel bookings first shows them, by name and time, and asks again (<paramref name="confirmed"/>): the form
    /// with its errors, the list to confirm, or the names of those cancelled and the same page.
    /// </summary>
    protected async Task<IActionResult> CloseDaysAsync(ClosureInput input, bool confirmed,
        Func<ClosureDraft, Task<Outcome<IReadOnlyList<TelemedicineAppointment>>>> affected,
        Func<ClosureDraft, Task<Outcome<ClosureResult>>> close, Func<Task<IActionResult>> form)
    {
        // Only the closing form was sent; the page's other form must not show errors for fields nobody filled in.
        ModelState.Clear();
        if (input.ToDraft() is not { } draft)
        {
            ModelState.AddModelError("Closure.From", Text["FieldError.Required"]);
            return await form();
        }
        if (!confirmed)
        {
            var preview = await affected(draft);
            if (preview.Problem is { } invalid)
            {
                Show(invalid, "Closure");
                return await form();
            }
            if (preview.Value!.Count > 0)
            {
                ClosureAffected = preview.Value;
                return await form();
            }
        }
        var outcome = await close(draft);
        if (outcome.Problem is { } problem)
        {
            Show(problem, "Closure");
            ClosureAffected = (await affected(draft)).Value;
            return await form();
        }
        var cancelled = outcome.Value!.Cancelled;
        Saved(cancelled.Count == 0 ? Text["Telemedicine.Closure.SavedNone"]
            : Text["Telemedicine.Closure.Saved", string.Join("; ", cancelled.Select(Affected))]);
        return RedirectToPage();
    }

    /// <summary>"Aylin Demir, Dienstag, 3. März 2026, 10:00–10:15 Uhr"; a guest's unconfirmed hold only as such.</summary>
    public string Affected(TelemedicineAppointment appointment) => appointment.AwaitsVerification
        ? Text["Telemedicine.Closure.UnverifiedHold", TelemedicineDisplay.When(appointment)]
        : $"{appointment.Name}, {TelemedicineDisplay.When(appointment)}";

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
