using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>
/// A document's download for those who may see what it is attached to (members, an agreement's readers, the
/// checklist's reviewers); anyone else, and an address with another site, finds nothing. Sent as an attachment, never
/// shown inline, so that no uploaded file runs in the app's origin.
/// </summary>
public sealed class DocumentModel(BackOfficeServices services, IStringLocalizer<NetworkResource> text, NetworkDocuments documents)
    : NetworkStaffPage(services, text)
{
    public async Task<IActionResult> OnGetAsync(string site, Guid networkDocument, CancellationToken ct)
    {
        var found = await documents.DownloadAsync(networkDocument, UserId, ct);
        if (!await LoadSiteAsync(site, ct) || found.Problem is not null || found.Value.Document.SiteId != Site.Id)
        {
            return NotFound();
        }
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(found.Value.Content, found.Value.Document.ContentType, found.Value.Document.FileName);
    }
}
