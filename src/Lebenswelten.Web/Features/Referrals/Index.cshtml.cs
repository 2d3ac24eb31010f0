using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// The counsellor's page: issue a voucher during the conversation, and the site's vouchers with the three facts the
/// jobcenter may know. The form has no field for health information on purpose (issue 19).
/// </summary>
public sealed class IndexModel(BackOfficeServices services, ReferralAccess access, VoucherIssuing issuing,
    IStringLocalizer<ReferralsResource> text) : CounsellorPage(services, access, text)
{
    public const int PageSize = 20;

    [BindProperty]
    public VoucherForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "seite")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<JobcenterView> Vouchers { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) =>
        await LoadCounsellorAsync(site, ct) ? await ListAsync(ct) : NotShown();

    public async Task<IActionResult> OnPostAsync(string site, CancellationToken ct)
    {
        if (!await LoadCounsellorAsync(site, ct))
        {
            return NotShown();
        }
        var (draft, format) = VoucherInput.Draft(Input.Categories, Input.ClientNote, Input.ValidMonths, Input.Language);
        ModelState.Localise(Text);
        if (format is not null || !ModelState.IsValid)
        {
            // Every error at once: the form's own (a month that is no number) and the domain's rules.
            Show(format);
            Show(draft.Validate(errors => VoucherMails.Check(errors, Input.Email, required: false)));
            return await ListAsync(ct);
        }
        var outcome = await issuing.IssueAsync(Site.Id, draft, HttpContext.AuditActor(), ct, Input.Email);
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return await ListAsync(ct);
        }
        return RedirectToPage("Print", new { site, voucher = outcome.Value!.Voucher.Id, sprache = draft.Language,
            format = Input.Format == "a4" ? "a4" : "a6", versendet = string.IsNullOrWhiteSpace(Input.Email) ? (bool?)null : true });
    }

    public static IEnumerable<OfferingCategory> SuggestableCategories =>
        Enum.GetValues<OfferingCategory>().Where(c => c is not OfferingCategory.Event and not OfferingCategory.Other);

    private async Task<IActionResult> ListAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var listed = await issuing.ListAsync(Site.Id, PageNumber, PageSize, HttpContext.AuditActor(), ct);
        (Vouchers, Total) = listed.Value;
        return Page();
    }
}

/// <summary>The voucher form: categories, a note only the client sees, months of validity, print language and paper size.</summary>
public sealed class VoucherForm
{
    public List<string> Categories { get; set; } = [];
    public string? ClientNote { get; set; }
    public int? ValidMonths { get; set; } = 3;
    public string Language { get; set; } = "de";
    public string Format { get; set; } = "a6";
    /// <summary>The client's address, if the voucher should go out by e-mail too; never stored with the voucher.</summary>
    public string? Email { get; set; }
}
