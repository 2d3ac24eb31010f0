using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lebenswelten.Web.Features.Shared;

public static class BindingErrors
{
    /// <summary>Model binding writes English technical messages ("The value 'x' is not valid"): say it in the page's language.</summary>
    public static void Localise(this ModelStateDictionary modelState, IStringLocalizer text)
    {
        foreach (var entry in modelState.Values.Where(e => e.Errors.Count > 0))
        {
            entry.Errors.Clear();
            entry.Errors.Add(text["FieldError.Invalid"]);
        }
    }
}
