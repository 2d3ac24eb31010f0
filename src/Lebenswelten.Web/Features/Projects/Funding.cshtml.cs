using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Projects;

public sealed class PlanForm
{
    public Guid FundingSourceId { get; set; }
    public int Year { get; set; }
    public string? Planned { get; set; }
}

public sealed class SourceForm
{
    public string? Name { get; set; }
    public FundingSourceKind Kind { get; set; }
    /// <summary>Per insurer its share in per cent ("60", "33,5"); empty: not taking part.</summary>
    public Dictionary<Guid, string?> Shares { get; set; } = [];
}

/// <summary>
/// A site's funding: budgets per source for a year with the law's per-insured figure, the applications the caller may see,
/// the exports; insurer officers also plan budgets and create sources of their insurer's money.
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class FundingModel(BackOfficeServices services, IStringLocalizer<ProjectsResource> text, BudgetBook book, ApplicationDesk desk,
    ProjectDirectory projects, FundingSetup setup, ProjectAccess access) : BackOfficePage(services, text)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public PlanForm Plan { get; set; } = new();
    [BindProperty] public SourceForm Source { get; set; } = new();
    public int ShownYear => Year is >= 2000 and <= 2100 ? Year.Value : BerlinTime.LocalDate(Clock.GetUtcNow()).Year;
    public BudgetOverview Budgets { get; private set; } = null!;
    public IReadOnlyList<FundingApplication> Applications { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> ProjectTitles { get; private set; } = new Dictionary<Guid, string>();
    public ProjectRoles Roles { get; private set; } = null!;
    public IReadOnlyList<Organisation> Insurers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) => await LoadAsync(site, ct) switch
    {
        null => NotFound(),
        false => Forbid(),
        true => Page(),
    };

    public async Task<IActionResult> OnPostPlanAsync(string site, CancellationToken ct)
    {
        if (await LoadAsync(site, ct) is not true)
        {
            return NotFound();
        }
        ModelState.Localise(Text);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var errors = new FieldErrors();
        var cents = FormNumbers.Cents(Plan.Planned, "PlannedCents", errors);
        errors.AddIf(cents is null && !errors.Any, "PlannedCents", "Required");
        var outcome = errors.Any ? errors.ToProblem() : (await setup.PlanAsync(Plan.FundingSourceId, Plan.Year, cents!.Value, HttpContext.AuditActor(), ct)).Problem;
        return await DoneAsync(site, outcome, "Plan", Text["Funding.PlanSaved"], Plan.Year, ct);
    }

    public async Task<IActionResult> OnPostSourceAsync(string site, CancellationToken ct)
    {
        if (await LoadAsync(site, ct) is not true)
        {
            return NotFound();
        }
        ModelState.Localise(Text);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var errors = new FieldErrors();
        var shares = Source.Shares.Where(s => !string.IsNullOrWhiteSpace(s.Value))
            .Select(s => new ShareDraft(s.Key, (int)Math.Round((FormNumbers.Decimal(s.Value, "Shares", errors) ?? 0) * 100))).ToList();
        var outcome = errors.Any ? errors.ToProblem()
            : (await setup.CreateSourceAsync(Site.Id, new SourceDraft(Source.Name, Source.Kind, shares), HttpContext.AuditActor(), ct)).Problem;
        return await DoneAsync(site, outcome, "Source", Text["Funding.SourceSaved"], null, ct);
    }

    private async Task<IActionResult> DoneAsync(string site, DomainProblem? problem, string prefix, string message, int? year, CancellationToken ct)
    {
        ModelState.Localise(Text);
        if (problem is not null)
        {
            Show(problem, prefix);
            return Page();
        }
        Saved(message);
        return RedirectToPage(new { site, year });
    }

    /// <returns>null: no such site; false: no funding role here; true: loaded.</returns>
    private async Task<bool?> LoadAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return null;
        }
        var overview = await book.OverviewAsync(Site.Id, ShownYear, UserId, ct);
        if (overview.Value is not { } budgets)
        {
            return false;
        }
        Budgets = budgets;
        Roles = await access.RolesAsync(UserId, Site.Id, ct);
        Applications = (await desk.ListAsync(Site.Id, UserId, 1, 100, ct)).Value.Items ?? [];
        ProjectTitles = await projects.TitlesAsync(Site.Id, ct);
        Insurers = (await Roster.OrganisationsAsync(Site.Id, ct)).Where(o => o.Kind == OrganisationKind.Insurer).ToList();
        return true;
    }
}
