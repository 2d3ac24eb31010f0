using Lebenswelten.Core.Privacy;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>
/// The base of the network's staff pages: the site's staff get in (policy), the domain services decide what each finds
/// (NetworkAccess, PartnershipActor); a record of another site is not found.
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public abstract class NetworkStaffPage(BackOfficeServices services, IStringLocalizer<NetworkResource> text) : BackOfficePage(services, text)
{
    protected AuditActor Actor => HttpContext.AuditActor();

    protected DateOnly Today => BerlinTime.LocalDate(Clock.GetUtcNow());

    /// <summary>Shows a refused action at the top of the page (a field error under its field, if the page has one).</summary>
    protected void Refused(DomainProblem problem, string prefix = "Input") => Show(problem, prefix);

    /// <summary>
    /// A new record from the page's form (a network, an agreement, an organisation): the form again with every error, or
    /// the new record's page with <paramref name="done"/> as the message.
    /// </summary>
    protected async Task<IActionResult> CreateOnPageAsync<T>(string site, CancellationToken ct, Func<Task<Outcome<T>>> create,
        Func<Task<IActionResult>> showAgain, string done, Func<T, (string Page, object RouteValues)> next)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        ModelState.Localise(Text);
        if (!ModelState.IsValid)
        {
            return await showAgain();
        }
        var created = await create();
        if (created.Problem is { } problem)
        {
            Refused(problem);
            return await showAgain();
        }
        Saved(Text[done]);
        var (page, routeValues) = next(created.Value!);
        return RedirectToPage(page, routeValues);
    }

    /// <summary>
    /// One action on a page of one record (a network, a meeting, an agreement, an organisation): a record not found, or of
    /// another site, is 404; a refused action shows the page again with the errors under <paramref name="prefix"/>; a done
    /// one goes back to the page with <paramref name="done"/> as the message (post, redirect, get).
    /// </summary>
    protected async Task<IActionResult> ActOnRecordAsync(Func<Task<bool>> found, string prefix, Func<Task<DomainProblem?>> act,
        Func<Task<IActionResult>> showAgain, string done, object routeValues)
    {
        if (!await found())
        {
            return NotFound();
        }
        ModelState.Clear();
        if (await act() is { } problem)
        {
            if (problem.Kind == ProblemKind.NotFound)
            {
                return NotFound();
            }
            Refused(problem, prefix);
            return await showAgain();
        }
        Saved(Text[done]);
        return RedirectToPage(null, null, routeValues, null);
    }
}
