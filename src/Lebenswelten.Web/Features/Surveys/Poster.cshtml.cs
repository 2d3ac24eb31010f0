using Lebenswelten.Core.Surveys;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>
/// The printable A4 poster and A6 flyers (print CSS, no PDF needed): short link and QR code for stairwells and the
/// neighbourhood office. Flyers with single-use codes are made in a batch; the codes are shown this once only.
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class PosterModel(BackOfficeServices services, SurveyDirectory directory, PublicAddress address, IStringLocalizer<SurveysResource> text)
    : BackOfficePage(services, text)
{
    public Survey Survey { get; private set; } = null!;
    public IReadOnlyList<string?> Flyers { get; private set; } = [null];
    [BindProperty] public int Count { get; set; } = 20;

    /// <summary>From the configured public address, never the request's Host header (PublicAddress).</summary>
    public string ShortLink(string? ticket = null) =>
        address.Link(Url.Page("Answer", new { code = Survey.Code, zugang = ticket })!);

    public string ShortLinkText => address.Link($"/umfragen/{Survey.Code}").Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal);

    public Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct) => ShowAsync(site, id, ct);

    public async Task<IActionResult> OnPostTicketsAsync(string site, Guid id, CancellationToken ct)
    {
        ModelState.Localise(Text);
        var shown = await ShowAsync(site, id, ct);
        if (shown is not PageResult || !ModelState.IsValid)
        {
            return shown;
        }
        var codes = await directory.CreateTicketsAsync(id, Count, UserId, ct);
        if (codes.Problem is { } problem)
        {
            Show(problem, "");
            return shown;
        }
        Flyers = codes.Value!.Cast<string?>().ToList();
        return shown;
    }

    private async Task<IActionResult> ShowAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        if (await SurveyOnSite.OpenAsync(directory, Site, id, UserId, draftsToo: false, ct) is not { } opened)
        {
            return NotFound();
        }
        Survey = opened.Survey;
        return Page();
    }
}
