using Lebenswelten.Core.Evaluation;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>
/// A site's evaluation for its coordinators, insurer officers and evaluators: reach by district, age and sex, category,
/// target group, month and project, equity against need, video consultations; aggregates only, held back and rounded.
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class DashboardModel(BackOfficeServices services, ReachReport reach, SiteFiguresReader figures, ReachRefresh refresh,
    EvaluationAccess access, IStringLocalizer<EvaluationResource> text) : BackOfficePage(services, text)
{
    [BindProperty(SupportsGet = true)]
    public ReachFilter Filter { get; set; } = new();

    public ReachQuery Query { get; private set; } = null!;
    public ReachTable Overview { get; private set; } = null!;
    public List<ReachSection> Sections { get; } = [];
    public EquityTable Equity { get; private set; } = null!;
    public IReadOnlyList<ConsultationMonth> Consultations { get; private set; } = [];
    public bool MayRefresh { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var today = BerlinTime.LocalDate(Clock.GetUtcNow());
        var overview = await Filter.ReadAsync(today, query => reach.ForSiteAsync(Site.Id, query, User.UserId(), ct), Show);
        if (overview.Problem is not null)
        {
            return Forbid();
        }
        (Query, Overview) = (overview.Value!.Query, overview.Value);
        var read = await figures.ReadAsync(Site.Id, Query, User.UserId(), ct);
        Sections.AddRange(read.Tables.Select(t => new ReachSection(t.Kind, t.Table, v => GroupLabels.Of(v, Text), "/Evaluation/Export",
            new Dictionary<string, string?>(Filter.Values(Query)) { ["site"] = Site.Slug })));
        (Equity, Consultations) = (read.Equity, read.Consultations);
        MayRefresh = await access.MayRefreshAsync(User.UserId(), Site.Id, ct);
        return Page();
    }

    /// <summary>"Count again now": the coordinator sees today's registrations without waiting for the hourly job.</summary>
    public async Task<IActionResult> OnPostRefreshAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var outcome = await refresh.RefreshOnDemandAsync(Site.Id, User.UserId(), ct);
        if (outcome.Problem is not null)
        {
            return Forbid();
        }
        Saved(Text["Evaluation.Refreshed"]);
        return RedirectToPage(new { site });
    }
}
