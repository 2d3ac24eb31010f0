using System.Globalization;
using Lebenswelten.Web.Features.Shared.Texts;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// German by default, English on request (<c>?culture=en</c>, remembered in a cookie). Practice software talking to
/// /fhir has no cookie: there the Accept-Language header counts too.
/// </summary>
public static class Localization
{
    public const string QueryKey = "culture";
    public static readonly string[] Cultures = ["de", "en"];

    private static readonly AcceptLanguageHeaderRequestCultureProvider AcceptLanguage = new();

    public static IServiceCollection AddLebensweltenLocalization(this IServiceCollection services)
    {
        // Each capability's texts sit beside their marker class (Features/<Capability>/<Capability>Resource.resx).
        services.AddLocalization();
        services.TryAddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, TextSetLocalizerFactory>());
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture("de");
            options.AddSupportedCultures(Cultures);
            options.AddSupportedUICultures(Cultures);
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                new CookieRequestCultureProvider(),
                new CustomRequestCultureProvider(context => context.IsFhirRequest()
                    ? AcceptLanguage.DetermineProviderCultureResult(context)
                    : Task.FromResult<ProviderCultureResult?>(null)),
            ];
        });
        return services;
    }

    public static void UseLebensweltenLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            if (context.Request.Query.TryGetValue(QueryKey, out var requested) && Cultures.Contains(requested.ToString()))
            {
                var culture = new RequestCulture(requested.ToString());
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(culture),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true,
                        SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps,
                    });
            }
            await next(context);
        });
    }

    /// <summary>The current address with the language switched, keeping every other query value.</summary>
    public static string WithCulture(this HttpRequest request, string culture)
    {
        var query = request.Query
            .Where(pair => pair.Key != QueryKey)
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .Append(new KeyValuePair<string, string?>(QueryKey, culture));
        return request.PathBase + request.Path + QueryString.Create(query);
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>"de" or "en": the page's language, and so the language of mails and calendar files sent from it.</summary>
    public static string CurrentLanguage => IsEnglish ? "en" : "de";

    /// <summary>The language an API client asked for its mails, else the request's.</summary>
    public static string MailLanguage(string? requested) => requested is "de" or "en" ? requested : CurrentLanguage;
}
