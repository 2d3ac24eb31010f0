namespace Lebenswelten.Web.Features.Shared;

/// <summary>One link of the header's navigation (<see cref="Navigation"/>).</summary>
public sealed record NavLink(string Href, string Label);
