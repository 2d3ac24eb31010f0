using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Api;

/// <summary>
/// A readable API reference, rendered on the server from the descriptions behind /openapi/v1.json:
/// it works without JavaScript and passes the same accessibility checks as every other page.
/// </summary>
[AllowAnonymous]
public sealed class ReferenceModel(IApiDescriptionGroupCollectionProvider descriptions) : PageModel
{
    public IReadOnlyList<ApiOperation> Operations { get; private set; } = [];

    public void OnGet() => Operations = ApiOperation.From(descriptions);
}
