using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Admin;

/// <summary>The administrators' overview of all sites; user management follows with the security issue.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(SiteRoster roster) : PageModel
{
    public IReadOnlyList<SiteOverview> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await roster.OverviewAsync(ct);
}
