using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Projects;

public sealed class StepForm
{
    public string? Comment { get; set; }
    public string? Amount { get; set; }
    public string? Conditions { get; set; }
    public string? Reason { get; set; }
    public DateOnly? DueOn { get; set; }
    public bool Override { get; set; }
}

/// <summary>
/// One application: its facts and the budget it draws on, the steps the caller may take now, comments, documents and the
/// history. Coordinators of the site and the officers of the insurers it is addressed to find it; to anyone else it does not exist.
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class ApplicationModel(BackOfficeServices services, IStringLocalizer<ProjectsResource> text, ApplicationDesk desk,
    ApplicationWorkflow workflow, BudgetBook book, ProjectDirectory projects) : BackOfficePage(services, text)
{
    [BindProperty] public StepForm Input { get; set; } = new();
    [BindProperty] public string? Comment { get; set; }
    public ApplicationView View { get; private set; } = null!;
    public FundingApplication Application => View.Application;
    public BudgetLine? Budget { get; private set; }
    public IReadOnlyList<StepRule> Steps { get; private set; } = [];
    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string site, Guid application, CancellationToken ct) =>
        await LoadAsync(site, application, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStepAsync(string site, Guid application, ApplicationStep step, CancellationToken ct)
    {
        if (!await LoadAsync(site, application, ct))
        {
            return NotFound();
        }
        ModelState.Localise(Text);
        var errors = new FieldErrors();
        var cents = FormNumbers.Cents(Input.Amount, "AmountCents", errors);
        if (errors.Any || !ModelState.IsValid)
        {
            Show(errors.Any ? errors.ToProblem() : null);
            return Page();
        }
        var input = new StepInput(Input.Comment, cents, Input.Conditions, Input.Reason, Input.DueOn, Input.Override);
        var outcome = await workflow.StepAsync(application, step, input, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return Page();
        }
        Saved(Text["Application.StepDone", Text[$"ApplicationStep.{step}"]]);
        return RedirectToPage(new { site, application });
    }

    public async Task<IActionResult> OnPostCommentAsync(string site, Guid application, CancellationToken ct)
    {
        if (!await LoadAsync(site, application, ct))
        {
            return NotFound();
        }
        if ((await desk.CommentAsync(application, Comment, HttpContext.AuditActor(), ct)).Problem is { } problem)
        {
            Show(problem, "Comment");
            return Page();
        }
        Saved(Text["Application.CommentSaved"]);
        return RedirectToPage(new { site, application });
    }

    public async Task<IActionResult> OnPostDocumentAsync(string site, Guid application, IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(site, application, ct))
        {
            return NotFound();
        }
        using var content = new MemoryStream();
        if (file is not null && file.Length <= ApplicationDocument.MaxBytes)
        {
            await file.CopyToAsync(content, ct);
        }
        var attached = await desk.AttachAsync(application, file?.FileName, file?.ContentType, content.ToArray(), HttpContext.AuditActor(), ct);
        if (attached.Problem is { } problem)
        {
            Show(problem, "Document");
            return Page();
        }
        Saved(Text["Application.Uploaded"]);
        return RedirectToPage(new { site, application });
    }

    private async Task<bool> LoadAsync(string site, Guid application, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct) || (await desk.OpenAsync(application, HttpContext.AuditActor(), ct)).Value is not { } view
            || view.Application.SiteId != Site.Id)
        {
            return false;
        }
        View = view;
        Budget = (await book.OverviewAsync(Site.Id, view.Application.Year, UserId, ct)).Value?.Lines
            .FirstOrDefault(l => l.Source.Id == view.Source.Id && l.PlannedCents > 0);
        Steps = StepRule.Open(view.Application, view.Roles, view.Source).ToList();
        People = await projects.PeopleAsync(view.Application.History.Select(e => e.ActorUserId), ct);
        return true;
    }
}
