using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>
/// The telemedicine back office of one site. The policy lets in the site's staff (second factor required); what each
/// person may see and do is <see cref="TelemedicineAccess"/>'s decision, never the page's: another practice's
/// appointment or a room one does not staff is not found.
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public abstract class TelemedicineStaffPage : PageModel
{
    /// <summary>TempData key of the "saved" message shown after a redirect.</summary>
    public const string SavedMessage = "Telemedicine.Saved";

    public Site Site { get; private set; } = null!;
    public string BaseUrl => $"/verwaltung/{Site.Slug}/telemedizin";

    protected T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();
    protected TelemedicineAccess Access => Service<TelemedicineAccess>();
    protected IStringLocalizer<TelemedicineResource> Text => Service<IStringLocalizer<TelemedicineResource>>();
    protected string UserId => User.UserId() ?? "";
    protected DateOnly Today => TelemedicineDisplay.Today(Service<TimeProvider>());

    protected async Task<bool> LoadSiteAsync(string site, CancellationToken ct)
    {
        Site = (await Service<SiteDirectory>().FindAsync(site, ct))!;
        return Site is not null;
    }

    protected void Saved(string message) => TempData[SavedMessage] = message;

    protected void Show(DomainProblem? problem) => problem?.AddTo(ModelState, Text);

    /// <summary>The save of a form page: the form again with every error, or the saved message and the next page.</summary>
    protected async Task<IActionResult> SubmitAsync<TDraft, T>(TDraft? draft, Func<TDraft, Task<Outcome<T>>> save,
        Func<Task<IActionResult>> form, Func<T, (string Message, string Next)> done) where TDraft : class
    {
        if (draft is null)
        {
            return await form();
        }
        var outcome = await save(draft);
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return await form();
        }
        var (message, next) = done(outcome.Value!);
        Saved(message);
        return Redirect(next);
    }

    /// <summary>
    /// The form's draft, or null with every error on the page at once (the form's own, such as a time that does not
    /// parse, and the domain's rules), so that nobody has to send the form five times.
    /// </summary>
    protected TDraft? Checked<TDraft>((TDraft Draft, DomainProblem? Problem) form, Func<TDraft, DomainProblem?> rules) where TDraft : class
    {
        ModelState.Localise(Text);
        if (ModelState.IsValid && form.Problem is null)
        {
            return form.Draft;
        }
        Show(form.Problem);
        Show(rules(form.Draft));
        return null;
    }
}
