using System.Globalization;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// The pages residents use speak seven languages; staff pages German and English only (issue 23). A staff page asked
/// for in a resident-only language answers in the staff language the browser prefers (Accept-Language: a Ukrainian
/// speaker who reads English gets English), else German, the organisations' working language; Leichte Sprache is German.
/// </summary>
public static class ResidentLanguages
{
    /// <summary>Endpoint metadata of a page that speaks every language.</summary>
    public sealed class Marker;

    private static readonly Marker Resident = new();

    /// <summary>Folders and pages the issue names: start, catalogue, offering and registration, my registrations, telemedicine booking and appointment, voucher, account, my data; answering a survey; a site's public page and the ideas pages.</summary>
    public static readonly IReadOnlyList<string> Folders = ["/Offerings/Catalogue", "/Offerings/Registrations"];

    public static readonly IReadOnlyList<string> Pages =
    [
        "/Home/Index", "/Home/Error",
        "/Telemedicine/Index", "/Telemedicine/Book", "/Telemedicine/BookSlot", "/Telemedicine/Appointment",
        "/Telemedicine/AppointmentData", "/Telemedicine/Verify", "/Telemedicine/Rebook", "/Telemedicine/Mine",
        "/Referrals/Redeem", "/Referrals/Voucher", "/Referrals/Register",
        "/Identity/Account", "/Identity/Login", "/Identity/LoginCode", "/Identity/Logout", "/Identity/Confirm",
        "/Identity/ConfirmAccount", "/Identity/ForgotPassword", "/Identity/ResetPassword", "/Identity/SignUp",
        "/Identity/LogoutEverywhere", "/Identity/AccessDenied", "/Identity/AccessLog", "/Identity/TwoFactor",
        "/Privacy/MyData", "/Privacy/Consents", "/Privacy/Erased", "/Privacy/GuestData",
        // Surveys ask residents (issue 24): answering and the list of a site's open surveys.
        "/Surveys/Answer", "/Surveys/Thanks", "/Surveys/PublicList",
        // A site's public page and the ideas residents propose, support and follow (issues 23, 24).
        "/Sites/Index", "/Sites/Details",
        "/Ideas/Index", "/Ideas/Idea", "/Ideas/Propose", "/Ideas/Mine", "/Ideas/Outcomes",
    ];

    /// <summary>
    /// The API operations of the same flows (by endpoint name): their problem+json titles and field errors are the texts
    /// the pages show, so they follow the resident's language too. Staff operations stay German and English.
    /// </summary>
    public static readonly IReadOnlySet<string> ApiOperations = new HashSet<string>(StringComparer.Ordinal)
    {
        "SearchOfferings", "GetOffering",
        "RegisterForOffering", "GetRegistration", "CancelRegistration", "AcceptOfferedPlace", "ListMyRegistrations",
        "ListTelemedicineRooms", "ListConsultationSchedules", "ListTelemedicineSlots", "BookTelemedicineAppointment",
        "GetTelemedicineAppointment", "CancelTelemedicineAppointment", "VerifyTelemedicineAppointment", "ListMyAppointments",
        "RedeemReferral", "GetReferralForClient", "RegisterWithReferral", "GiveReferralConsent", "WithdrawReferralConsent",
        "ExportMyData", "EraseMe", "ListMyConsents", "WithdrawConsent",
        "GetSurveyQuestionnaire", "AnswerSurvey",
        "ListIdeas", "ProposeIdea", "ListIdeaOutcomes", "GetIdea", "SupportIdea", "WithdrawIdeaSupport", "ListMyIdeas",
    };

    public static void MarkResidentPages(PageConventionCollection conventions)
    {
        foreach (var folder in Folders)
        {
            conventions.AddFolderApplicationModelConvention(folder, Mark);
        }
        foreach (var page in Pages)
        {
            conventions.AddPageApplicationModelConvention(page, Mark);
        }
    }

    private static void Mark(PageApplicationModel model) => model.EndpointMetadata.Add(Resident);

    /// <summary>A page marked above, or one of its <see cref="ApiOperations"/>.</summary>
    public static bool IsResidentPage(HttpContext context) => context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<Marker>() is not null
            || metadata.GetMetadata<IEndpointNameMetadata>() is { } name && ApiOperations.Contains(name.EndpointName));

    /// <summary>Languages the current page offers in its language menu.</summary>
    public static IReadOnlyList<string> Offered(HttpContext context) =>
        IsResidentPage(context) ? Localization.Cultures : Localization.StaffCultures;

    /// <summary>After routing and authentication: narrow staff pages to de/en, and keep a signed-in person's choice in the account.</summary>
    public static void UseResidentLanguages(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (Localization.Requested(context) is { } chosen && context.User.Identity?.IsAuthenticated == true)
        {
            await RememberInAccount(context, chosen);
        }
        if (Localization.ResidentOnlyCultures.Contains(CultureInfo.CurrentUICulture.Name) && !IsResidentPage(context))
        {
            var staff = CultureInfo.GetCultureInfo(StaffFallback(context));
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = staff;
            context.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(staff), null));
        }
        await next(context);
    });

    private static string StaffFallback(HttpContext context)
    {
        if (CultureInfo.CurrentUICulture.Name == Localization.EasyGerman)
        {
            return "de";
        }
        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.Value?.Split('-')[0])
            .FirstOrDefault(language => language is "de" or "en");
        return preferred ?? "de";
    }

    private static async Task RememberInAccount(HttpContext context, string language)
    {
        var users = context.RequestServices.GetRequiredService<UserManager<AppUser>>();
        if (await users.GetUserAsync(context.User) is { } user && user.Language != language)
        {
            user.Language = language;
            await users.UpdateAsync(user);
        }
    }

    /// <summary>At sign-in the account's language becomes the browser's (the culture cookie), on every way in.</summary>
    public static void ApplyAccountLanguageAtSignIn(IServiceCollection services) =>
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var previous = options.Events.OnSignedIn;
            options.Events.OnSignedIn = async context =>
            {
                await previous(context);
                var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<AppUser>>();
                if (context.Principal is { } principal && await users.GetUserAsync(principal) is { Language: { } language }
                    && Localization.Cultures.Contains(language) && Localization.Requested(context.HttpContext) is null)
                {
                    Localization.Remember(context.HttpContext, language);
                }
            };
        });
}
