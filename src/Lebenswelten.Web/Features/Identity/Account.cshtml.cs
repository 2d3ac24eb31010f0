using System.Security.Claims;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>The signed-in person's own account: roles per site and language.</summary>
public sealed class AccountModel(SiteDirectory directory) : PageModel
{
    public string? DisplayName { get; private set; }
    public IReadOnlyList<(string Site, SiteRole Role)> Roles { get; private set; } = [];
    public IReadOnlyDictionary<string, string> SiteNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisplayName = User.FindFirstValue(ClaimTypes.GivenName);
        Roles = User.SiteRoles().ToList();
        SiteNames = (await directory.ListAsync(ct)).ToDictionary(s => s.Slug, s => s.Name);
    }
}
