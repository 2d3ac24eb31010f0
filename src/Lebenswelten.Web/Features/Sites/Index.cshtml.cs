using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Sites;

[AllowAnonymous]
public sealed class IndexModel(SiteDirectory directory) : PageModel
{
    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Sites = await directory.ListAsync(ct);
}
