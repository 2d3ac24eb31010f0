using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>The tick list for one session, made for a tablet at the door: one checkbox per confirmed participant.</summary>
public sealed class AttendanceModel(OfferingAdminServices services, AttendanceBook book, IStringLocalizer<OfferingsResource> text)
    : OfferingAdminPage(services, text)
{
    public AttendanceSheet Sheet { get; private set; } = null!;
    public IReadOnlyList<OfferingSession> Sessions => Offering.Sessions.OrderBy(s => s.StartsAt).ToList();

    /// <summary>Attendance is recorded from the session's start on (AttendanceBook's rule; the form says so before).</summary>
    public bool HasStarted => Sheet.Session.StartsAt <= Clock.GetUtcNow();

    [BindProperty]
    public List<Guid> Present { get; set; } = [];

    /// <param name="termin">The session picked in the session picker, which cannot change the path without script.</param>
    public async Task<IActionResult> OnGetAsync(string site, Guid id, Guid? sessionId, Guid? termin, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct) || (sessionId ?? termin ?? Current()) is not { } session)
        {
            return NotFound();
        }
        var sheet = await book.SheetAsync(id, session, HttpContext.AuditActor(), ct);
        if (sheet.Value is null)
        {
            return NotFound();
        }
        Sheet = sheet.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string site, Guid id, Guid? sessionId, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct) || sessionId is not { } session)
        {
            return NotFound();
        }
        var outcome = await book.RecordAsync(id, session, Present, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { Kind: ProblemKind.Invalid } invalid)
        {
            // A session not begun yet: the sheet again, with the error and nothing saved.
            Show(invalid);
            Sheet = (await book.SheetAsync(id, session, HttpContext.AuditActor(), ct)).Value!;
            return Page();
        }
        if (!outcome.Succeeded)
        {
            return NotFound();
        }
        Saved(Text["OfferingAdmin.AttendanceSaved", outcome.Value]);
        return RedirectToPage(new { site, id, sessionId = session });
    }

    /// <summary>Without a choice: the session running now or last begun, else the first one.</summary>
    private Guid? Current()
    {
        var now = Clock.GetUtcNow();
        var sessions = Sessions;
        return (sessions.LastOrDefault(s => s.StartsAt <= now.AddMinutes(30)) ?? sessions.FirstOrDefault())?.Id;
    }
}
