namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// Local links to Razor pages by their page name, for code that has no page model at hand (authorization handlers,
/// minimal API endpoints, the header). A renamed route stays one change; an unknown page name fails at once instead of
/// rendering an empty link.
/// </summary>
public static class PageLinks
{
    public static string PageLink(this LinkGenerator links, HttpContext context, string page, object? values = null) =>
        links.GetPathByPage(context, page, values: values)
        ?? throw new InvalidOperationException($"There is no page {page} for the values {values}.");

    public static string PageLink(this HttpContext context, string page, object? values = null) =>
        context.RequestServices.GetRequiredService<LinkGenerator>().PageLink(context, page, values);
}
