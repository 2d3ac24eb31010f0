using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>The export as a download: JSON for machines, a plain HTML page for people.</summary>
public static class PersonalDataDownload
{
    public static IActionResult Result(PageModel page, PersonalData data, string? format)
    {
        var response = page.Response;
        // Nobody in between keeps a copy of everything about a person.
        response.Headers.CacheControl = "no-store";
        if (format == "html")
        {
            response.Headers.ContentDisposition = $"attachment; filename=\"{PersonalDataFile.Name(data, "html")}\"";
            return page.Partial("_PersonalDataHtml", data);
        }
        return page.File(PersonalDataFile.JsonBytes(data), "application/json", PersonalDataFile.Name(data, "json"));
    }
}
