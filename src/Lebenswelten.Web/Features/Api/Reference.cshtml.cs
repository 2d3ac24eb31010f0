using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Api;

/// <summary>A browsable API reference (Swagger UI, vendored from npm) over the built-in OpenAPI document.</summary>
[AllowAnonymous]
public sealed class ReferenceModel : PageModel
{
    public void OnGet()
    {
    }
}
