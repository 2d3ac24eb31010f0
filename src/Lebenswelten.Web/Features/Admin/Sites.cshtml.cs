using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class SitesModel(SiteDirectory directory) : PageModel
{
    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Sites = await directory.ListAsync(ct);
}
