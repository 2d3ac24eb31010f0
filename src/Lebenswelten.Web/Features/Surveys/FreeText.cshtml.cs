using Lebenswelten.Core.Surveys;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>The survey's short texts, checked and blanked where they name someone; every visit is audited (SurveyFreeTexts).</summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class FreeTextModel(BackOfficeServices services, SurveyFreeTexts texts, IStringLocalizer<SurveysResource> text)
    : BackOfficePage(services, text)
{
    public Guid SurveyId { get; private set; }
    public IReadOnlyList<FreeTextAnswer> Texts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var read = await texts.ReadAsync(id, HttpContext.AuditActor(), ct);
        if (read.Problem is not null || read.Value!.Any(t => t.Question.SurveyId != id))
        {
            return NotFound();
        }
        (SurveyId, Texts) = (id, read.Value!);
        return Page();
    }
}
