using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Shared.BackOffice;

/// <summary>
/// The base of every staff page of one site: it loads the site, shows the "saved" message after a redirect and puts
/// every error of a form on the page at once. Who may see what stays the domain's decision; the derived page names
/// its policy with [Authorize].
/// </summary>
public abstract class BackOfficePage(BackOfficeServices services, IStringLocalizer text) : PageModel
{
    /// <summary>TempData key of the "saved" message that <c>_Saved.cshtml</c> shows after a redirect.</summary>
    public const string SavedMessage = "BackOffice.Saved";

    public Site Site { get; private set; } = null!;

    protected IStringLocalizer Text { get; } = text;
    protected SiteDirectory Sites => services.Sites;
    protected SiteRoster Roster => services.Roster;
    protected TimeProvider Clock => services.Clock;
    protected string UserId => User.UserId() ?? "";

    protected async Task<bool> LoadSiteAsync(string site, CancellationToken ct)
    {
        Site = (await services.Sites.FindAsync(site, ct))!;
        return Site is not null;
    }

    protected void Saved(string message) => TempData[SavedMessage] = message;

    protected void Show(DomainProblem? problem, string prefix = "Input") => problem?.AddTo(ModelState, Text, prefix);

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
}
