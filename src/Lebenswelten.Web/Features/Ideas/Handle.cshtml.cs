using Lebenswelten.Core.Ideas;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Ideas;

/// <summary>
/// One idea for the site's staff: a coordinator publishes, rejects (with a reason) or merges a waiting one; coordinators
/// and providers answer a published one. Each step is the domain's (IdeaModeration, IdeaAnswers), audited there.
/// </summary>
[Authorize(Policy = Policies.OfferingManager)]
public sealed class HandleModel(BackOfficeServices services, IStringLocalizer<IdeasResource> text, IdeaModeration moderation,
    IdeaAnswers answers, IdeaDirectory ideas) : BackOfficePage(services, text)
{
    public Idea Idea { get; private set; } = null!;
    public int Supports { get; private set; }
    public IReadOnlyList<Idea> MergeTargets { get; private set; } = [];
    public IReadOnlyList<LinkedOffering> Offerings { get; private set; } = [];

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public Guid? MergeIntoId { get; set; }
    [BindProperty] public IdeaAnswerKind? Kind { get; set; }
    [BindProperty] public string? AnswerText { get; set; }
    [BindProperty] public Guid? OfferingId { get; set; }

    public async Task<IActionResult> OnGetAsync(string site, Guid idea, CancellationToken ct) =>
        await LoadAsync(site, idea, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(string site, Guid idea, CancellationToken ct) =>
        ActAsync(site, idea, () => moderation.ModerateAsync(idea, ModerationStep.Publish, null, null, HttpContext.AuditActor(), ct), "Moderation.DonePublished", ct);

    public Task<IActionResult> OnPostRejectAsync(string site, Guid idea, CancellationToken ct) =>
        ActAsync(site, idea, () => moderation.ModerateAsync(idea, ModerationStep.Reject, Reason, null, HttpContext.AuditActor(), ct), "Moderation.DoneRejected", ct);

    public Task<IActionResult> OnPostMergeAsync(string site, Guid idea, CancellationToken ct) =>
        ActAsync(site, idea, () => moderation.ModerateAsync(idea, ModerationStep.Merge, null, MergeIntoId, HttpContext.AuditActor(), ct), "Moderation.DoneMerged", ct);

    public Task<IActionResult> OnPostAnswerAsync(string site, Guid idea, CancellationToken ct) =>
        ActAsync(site, idea, () => answers.AnswerAsync(idea, new IdeaAnswerDraft(Kind, AnswerText, OfferingId), HttpContext.AuditActor(), ct), "Moderation.Answered", ct);

    private async Task<IActionResult> ActAsync(string site, Guid idea, Func<Task<Outcome<Idea>>> act, string message, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        // Values that did not bind (an id that is no id, an unknown answer) are the domain's "unknown"/"required" below.
        ModelState.Clear();
        var outcome = await act();
        if (outcome.Problem is { Kind: ProblemKind.NotFound })
        {
            return NotFound();
        }
        if (outcome.Problem is { } problem)
        {
            Show(problem, "");
            return await LoadAsync(site, idea, ct) ? Page() : NotFound();
        }
        Saved(Text[message]);
        return RedirectToPage(new { site, idea });
    }

    private async Task<bool> LoadAsync(string site, Guid idea, CancellationToken ct)
    {
        if (Site is null && !await LoadSiteAsync(site, ct))
        {
            return false;
        }
        var opened = await moderation.OpenAsync(idea, HttpContext.AuditActor(), ct);
        if (opened.Value is not { } found || found.SiteId != Site?.Id)
        {
            return false;
        }
        Idea = found;
        Supports = (await ideas.ListingAsync(found.Id, ct)).Supports;
        MergeTargets = found.IsPending ? (await ideas.MergeTargetsAsync(Site.Id, ct)).Where(i => i.Id != found.Id).ToList() : [];
        Offerings = found.IsPublished ? await ideas.OfferingChoicesAsync(Site.Id, ct) : [];
        return true;
    }
}
