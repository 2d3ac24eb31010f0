using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>
/// The municipality's eligibility for a health partnership (seed 001) beside the site's GISD: coordinators record the
/// evidence per criterion, an insurer officer confirms each and decides; the history stays. Others do not find it.
/// </summary>
[DocumentUpload]
public sealed class EligibilityModel(BackOfficeServices services, IStringLocalizer<NetworkResource> text, EligibilityReview review,
    NetworkDocuments documents) : NetworkStaffPage(services, text)
{
    public EligibilityView View { get; private set; } = null!;

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public UploadInput Upload { get; set; } = new();

    public CriterionEvidence? EvidenceOf(EligibilityCriterion criterion) =>
        View.Check.Criteria.FirstOrDefault(c => c.Criterion == criterion);

    public Task<IActionResult> OnGetAsync(string site, CancellationToken ct) => ShowAsync(site, ct);

    public Task<IActionResult> OnPostEvidenceAsync(string site, EligibilityCriterion criterion, CancellationToken ct) =>
        ActAsync(site, ct, async id => (await review.SaveEvidenceAsync(id, criterion, Evidence, Actor, ct)).Problem,
            "Eligibility.EvidenceSaved");

    public Task<IActionResult> OnPostConfirmAsync(string site, EligibilityCriterion criterion, bool confirmed, CancellationToken ct) =>
        ActAsync(site, ct, async id => (await review.ConfirmAsync(id, criterion, confirmed, Actor, ct)).Problem,
            "Eligibility.ConfirmSaved");

    public Task<IActionResult> OnPostDecideAsync(string site, EligibilityDecision? decision, CancellationToken ct) =>
        ActAsync(site, ct, async id => (await review.DecideAsync(id, decision, Note, Actor, ct)).Problem, "Eligibility.Decided");

    public Task<IActionResult> OnPostUploadAsync(string site, EligibilityCriterion? criterion, CancellationToken ct) =>
        ActAsync(site, ct, async id => (await documents.UploadAsync(new DocumentOwner(DocumentOwnerKind.Eligibility, id, criterion),
            await Upload.ToUploadAsync(ct), Actor, ct)).Problem, "Network.Document.Uploaded", "Upload");

    private async Task<IActionResult> ActAsync(string site, CancellationToken ct, Func<Guid, Task<DomainProblem?>> act, string done,
        string prefix = "")
    {
        if (!await LoadSiteAsync(site, ct) || (await review.FindAsync(Site.Id, UserId, ct)).Problem is not null)
        {
            return NotFound();
        }
        ModelState.Clear();
        if (await act(Site.Id) is { } problem)
        {
            Refused(problem, prefix);
            return await ShowAsync(site, ct);
        }
        Saved(Text[done]);
        return RedirectToPage(null, null, new { site }, null);
    }

    private async Task<IActionResult> ShowAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct) || (await review.FindAsync(Site.Id, UserId, ct)).Value is not { } view)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }
}
