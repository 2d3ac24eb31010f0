using Lebenswelten.Core.Referrals;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>The referral figures per month for the site's coordinators and evaluators; every count under five held back.</summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class FiguresModel(BackOfficeServices services, ReferralFigures figures, IStringLocalizer<ReferralsResource> text)
    : BackOfficePage(services, text)
{
    [BindProperty(SupportsGet = true, Name = "jahr")]
    public int? Year { get; set; }

    public IReadOnlyList<MonthFigures> Months { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        Year ??= BerlinTime.LocalDate(Clock.GetUtcNow()).Year;
        var outcome = await figures.ForYearAsync(Site.Id, Year.Value, User.UserId(), ct);
        if (outcome.Problem is { Kind: Core.Common.ProblemKind.Forbidden })
        {
            return Forbid();
        }
        Show(outcome.Problem);
        Months = outcome.Value ?? [];
        return Page();
    }
}
