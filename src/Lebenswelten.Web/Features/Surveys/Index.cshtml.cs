using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Surveys;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>The site's surveys and a new one. Who may is SurveyAccess's decision (coordinators and housing companies).</summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class IndexModel(BackOfficeServices services, SurveyDirectory directory, SurveyBuilder builder, SurveyLanguages languages,
    IStringLocalizer<SurveysResource> text) : BackOfficePage(services, text)
{
    public IReadOnlyList<SurveySummary> Surveys { get; private set; } = [];
    public IReadOnlyList<District> Districts { get; private set; } = [];
    public SurveyLanguages Languages => languages;
    [BindProperty] public SurveyInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        var today = BerlinTime.LocalDate(Clock.GetUtcNow());
        (Input.OpensOn, Input.ClosesOn) = (today, today.AddDays(28));
        return await ShowAsync(site, ct);
    }

    public async Task<IActionResult> OnPostAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        ModelState.Localise(Text);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(site, ct);
        }
        var created = await builder.CreateAsync(Site.Id, Input.ToDraft(), UserId, ct);
        if (created.Problem is { } problem)
        {
            if (problem.Kind == ProblemKind.Forbidden)
            {
                return Forbid();
            }
            Show(problem);
            return await ShowAsync(site, ct);
        }
        Saved(Text["Surveys.Created"]);
        return RedirectToPage("Edit", new { site, id = created.Value!.Id });
    }

    private async Task<IActionResult> ShowAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var listed = await directory.ListAsync(Site.Id, UserId, 1, 100, ct);
        if (listed.Problem is not null)
        {
            return Forbid();
        }
        Surveys = listed.Value.Items;
        Districts = await Sites.DistrictsAsync(Site.Id, ct);
        return Page();
    }
}
