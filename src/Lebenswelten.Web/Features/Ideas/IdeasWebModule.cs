using Lebenswelten.Core.Ideas;

namespace Lebenswelten.Web.Features.Ideas;

/// <summary>Ideas in the web app: the domain services and the links their mails carry.</summary>
public static class IdeasWebModule
{
    public static IServiceCollection AddIdeasWeb(this IServiceCollection services, IConfiguration configuration) =>
        services.AddIdeas(configuration).AddSingleton<IIdeaLinks, IdeaLinks>();
}

/// <summary>The absolute links of the mails about ideas, from the app's one public address.</summary>
public sealed class IdeaLinks(PublicAddress address) : IIdeaLinks
{
    public string Idea(string siteSlug, Guid ideaId) => address.Link($"/standorte/{Uri.EscapeDataString(siteSlug)}/ideen/{ideaId}");

    public string MyIdeas() => address.Link("/meine-ideen");
}
