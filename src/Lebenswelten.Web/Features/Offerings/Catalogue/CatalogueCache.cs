using System.Globalization;
using Lebenswelten.Web.Features.Sites;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>
/// The anonymous catalogue is the same answer for everyone who asks the same question in the same language, so each node
/// keeps it in its output cache (issue 21): the search API, one offering, its calendar file and the catalogue page. The
/// framework's default policy already keeps out what must not be shared: signed-in requests and any with an Authorization
/// header, answers other than 200, answers that set a cookie. A change to offerings, their sessions, registrations (places
/// left), providers or sites evicts the lot on this node (<see cref="CatalogueCacheEviction"/>); other nodes see it when
/// their entry expires (<c>Catalogue:CacheSeconds</c>, 30 by default; 0 turns the cache off). Places left may so be that
/// old on another node: the registration itself decides under the offering's lock, never the catalogue.
/// </summary>
public static class CatalogueCache
{
    public const string Policy = "Catalogue";
    public const string Tag = "catalogue";
    private const int DefaultSeconds = 30;

    public static IServiceCollection AddCatalogueCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Catalogue:CacheSeconds", DefaultSeconds);
        services.AddOutputCache(options => options.AddPolicy(Policy, policy =>
        {
            policy.Tag(Tag).Expire(TimeSpan.FromSeconds(Math.Max(seconds, 1)))
                // The language decides the page's texts and the problem titles; the chosen site the page's navigation.
                .VaryByValue(context => new("culture", CultureInfo.CurrentUICulture.Name))
                .VaryByValue(context => new("site", context.Request.Cookies[SiteSwitchEndpoint.CookieName] ?? ""));
            if (seconds <= 0)
            {
                policy.NoCache();
            }
        }));
        services.AddSingleton<IInterceptor, CatalogueCacheEviction>();
        return services;
    }
}
