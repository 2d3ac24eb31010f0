using System.Globalization;
using Lebenswelten.Web.Features.Shared.Texts;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// German by default. A language is chosen by <c>?culture=…</c> (the language menu, remembered in a cookie and, for a
/// signed-in person, in the account), else the browser's Accept-Language on the first visit. Staff pages speak German
/// and English only; the resident pages also Arabic, Ukrainian, Russian, Turkish and Leichte Sprache (issue 23).
/// </summary>
public static class Localization
{
    public const string QueryKey = "culture";

    /// <summary>
    /// Leichte Sprache. ICU drops private-use subtags from <see cref="CultureInfo.Name"/> (<c>de-x-ls</c> becomes
    /// <c>de</c>, indistinguishable from German), so the culture is German with the private-use region <c>XL</c>
    /// (BCP 47 / ISO 3166 reserve XA–XZ for private use): a valid <c>lang</c> tag whose language is German for screen
    /// readers, whose parent culture is <c>de</c>, and which survives the culture cookie.
    /// </summary>
    public const string EasyGerman = "de-XL";

    /// <summary>The languages of every page, staff pages included.</summary>
    public static readonly string[] StaffCultures = ["de", "en"];

    /// <summary>Languages the resident-facing pages speak besides German and English.</summary>
    public static readonly string[] ResidentOnlyCultures = ["ar", "uk", "ru", "tr", EasyGerman];

    public static readonly string[] Cultures = [.. StaffCultures, .. ResidentOnlyCultures];

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
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        // PostConfigure: Razor Pages' own set-up replaces the convention collection, and it runs after an earlier Configure.
        services.PostConfigure<RazorPagesOptions>(options => ResidentLanguages.MarkResidentPages(options.Conventions));
        ResidentLanguages.ApplyAccountLanguageAtSignIn(services);
        return services;
    }

    public static void UseLebensweltenLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            if (Requested(context) is { } culture)
            {
                Remember(context, culture);
            }
            await next(context);
        });
    }

    /// <summary>The supported language asked for by <c>?culture=</c>, if any.</summary>
    public static string? Requested(HttpContext context) =>
        context.Request.Query.TryGetValue(QueryKey, out var requested) && Cultures.Contains(requested.ToString())
            ? requested.ToString() : null;

    /// <summary>Keeps a language in the culture cookie for a year.</summary>
    public static void Remember(HttpContext context, string culture) =>
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true,
                SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps,
            });

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

    /// <summary>The page's language (one of <see cref="Cultures"/>), and so the language of mails and calendar files sent from it.</summary>
    public static string CurrentLanguage =>
        Cultures.Contains(CultureInfo.CurrentUICulture.Name) ? CultureInfo.CurrentUICulture.Name : IsEnglish ? "en" : "de";

    /// <summary>True when the page speaks right to left (Arabic).</summary>
    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    /// <summary>The language an API client asked for its mails, else the request's.</summary>
    public static string MailLanguage(string? requested) =>
        requested is not null && Cultures.Contains(requested) ? requested : CurrentLanguage;
}
