using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>Who works with whom at the site: the picture and the same facts as a table, filterable by kind of organisation.</summary>
public sealed class GraphModel(BackOfficeServices services, IStringLocalizer<NetworkResource> text, NetworkGraphs graphs)
    : NetworkStaffPage(services, text)
{
    public NetworkGraph Graph { get; private set; } = null!;
    public GraphPicture Picture { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "art")]
    public List<OrganisationKind> Kinds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct) || (await graphs.BuildAsync(Site.Id, UserId, ct)).Value is not { } graph)
        {
            return NotFound();
        }
        ModelState.Clear();
        Graph = graph.Of([.. Kinds.Where(Enum.IsDefined)]);
        Picture = GraphPicture.Of(Graph);
        return Page();
    }

    public string NameOf(Guid organisationId) => Graph.Organisations.FirstOrDefault(o => o.Id == organisationId)?.Name ?? "";
}
