using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Home;

/// <summary>The page every failed page request is re-executed to; it keeps the original status code.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Duration = 0)]
public sealed class ErrorModel : PageModel
{
    public string MessageKey { get; private set; } = "Error.Generic";

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        MessageKey = code switch
        {
            404 => "Error.404",
            403 => "Error.403",
            400 => "Error.400",
            429 => "Error.429",
            >= 500 => "Error.500",
            _ => "Error.Generic",
        };
        // Re-executed requests already carry the original status; a direct visit shows the named one.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is null
            && code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }
}
