namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// What a link preview (messengers, social networks: Open Graph, https://ogp.me) shows of a public page: its title and a
/// short description. The address is the public one (<see cref="PublicAddress"/>) with the page's path, never the
/// request's Host. Rendered into the head by <c>_OpenGraph.cshtml</c>; staff and personal pages have none.
/// </summary>
public sealed record OpenGraph(string Title, string? Description)
{
    public const int MaxDescription = 200;

    public string? ShortDescription => Description is { Length: > MaxDescription } text ? text[..(MaxDescription - 1)].TrimEnd() + "…" : Description;
}
