using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>Downloads a document of an application, for those who may see the application; always as an attachment.</summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class DocumentModel(BackOfficeServices services, IStringLocalizer<ProjectsResource> text, ApplicationDesk desk)
    : BackOfficePage(services, text)
{
    public async Task<IActionResult> OnGetAsync(string site, Guid application, Guid document, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var found = await desk.DocumentAsync(application, document, HttpContext.AuditActor(), ct);
        if (found.Value is not { } file || (await desk.OpenAsync(application, HttpContext.AuditActor(), ct)).Value?.Application.SiteId != Site.Id)
        {
            return NotFound();
        }
        // An upload is never shown inline: a file that is really HTML or script could otherwise run in our origin (ASVS V5.1).
        return File(file.Content, "application/octet-stream", file.FileName);
    }
}
