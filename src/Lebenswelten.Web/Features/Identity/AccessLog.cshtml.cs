using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>"Who accessed my data": the person's own audit lines, newest first (GDPR Art. 15).</summary>
public sealed class AccessLogModel(AccessReport report) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "seite")]
    public int PageNumber { get; set; } = 1;

    public AccessPage Entries { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken ct) =>
        Entries = await report.ForSubjectAsync(User.UserId()!, PageNumber, PageSize, ct);
}
