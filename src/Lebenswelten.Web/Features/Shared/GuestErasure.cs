using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// The erase button of a personal link's data page (registration or video appointment): without the link the record
/// does not exist, without the tick nothing happens, and afterwards the person lands on "your data is deleted".
/// </summary>
public static class GuestErasure
{
    public const string ConfirmField = "ConfirmErase";

    public static async Task<IActionResult> EraseAsync(PageModel page, bool confirmed, IStringLocalizer text,
        Func<Task<bool>> load, Func<Task<bool>> erase)
    {
        if (!await load())
        {
            return page.NotFound();
        }
        if (!confirmed)
        {
            page.ModelState.AddModelError(ConfirmField, text["MyData.ConfirmMissing"]);
            return page.Page();
        }
        return await erase() ? page.RedirectToPage("/Privacy/Erased") : page.NotFound();
    }
}
