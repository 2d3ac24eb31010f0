using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>
/// One agreement for those who may read it: parties and signatories, fields and phases, documents; its insurer's
/// officer (or, without an insurer, a coordinator) records the signing, its editors upload documents and the signed copy.
/// </summary>
[DocumentUpload]
public sealed class AgreementModel(BackOfficeServices services, IStringLocalizer<NetworkResource> text, AgreementDirectory agreements,
    AgreementSigning signing, NetworkDocuments documents) : NetworkStaffPage(services, text)
{
    public AgreementView View { get; private set; } = null!;

    [BindProperty]
    public DateOnly? SignedOn { get; set; }

    [BindProperty]
    public DateOnly? EndedOn { get; set; }

    [BindProperty]
    public UploadInput Upload { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string site, Guid agreement, CancellationToken ct) => ShowAsync(site, agreement, ct);

    public Task<IActionResult> OnPostSignAsync(string site, Guid agreement, CancellationToken ct) =>
        ActAsync(site, agreement, "", ct, async () => (await signing.SignAsync(agreement, SignedOn, Actor, ct)).Problem,
            "Agreement.Signed");

    public Task<IActionResult> OnPostEndAsync(string site, Guid agreement, CancellationToken ct) =>
        ActAsync(site, agreement, "", ct, async () => (await signing.EndAsync(agreement, EndedOn, Actor, ct)).Problem, "Agreement.EndRecorded");

    public Task<IActionResult> OnPostUploadAsync(string site, Guid agreement, CancellationToken ct) =>
        ActAsync(site, agreement, "Upload", ct, async () => (await documents.UploadAsync(new DocumentOwner(DocumentOwnerKind.Agreement,
            agreement), await Upload.ToUploadAsync(ct), Actor, ct)).Problem, "Network.Document.Uploaded");

    private Task<IActionResult> ActAsync(string site, Guid agreement, string prefix, CancellationToken ct,
        Func<Task<DomainProblem?>> act, string done) =>
        ActOnRecordAsync(async () => await LoadSiteAsync(site, ct) && (await agreements.FindAsync(agreement, UserId, ct)).Value is { } view
            && view.Agreement.SiteId == Site.Id,
            prefix, act, () => ShowAsync(site, agreement, ct), done, new { site, agreement });

    private async Task<IActionResult> ShowAsync(string site, Guid agreement, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct) || (await agreements.FindAsync(agreement, UserId, ct)).Value is not { } view
            || view.Agreement.SiteId != Site.Id)
        {
            return NotFound();
        }
        View = view;
        SignedOn ??= Today;
        EndedOn ??= Today;
        return Page();
    }
}
