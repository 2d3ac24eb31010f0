using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Accessibility;

/// <summary>
/// The accessibility statement (Erklärung zur Barrierefreiheit) that public bodies must publish (§ 12b BGG, § 7 BITV 2.0):
/// status, the known gaps, how it was made, the feedback contact and the enforcement procedure (§ 16 BGG).
/// </summary>
[AllowAnonymous]
public sealed class StatementModel(IConfiguration configuration) : PageModel
{
    public StatementSettings Settings { get; } =
        configuration.GetSection(StatementSettings.Section).Get<StatementSettings>() ?? new StatementSettings();

    public void OnGet()
    {
    }
}
