using Lebenswelten.Core.Data;
using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Workspace;
using Lebenswelten.Web.Features.Admin;
using Lebenswelten.Web.Fhir;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Identity.SingleSignOn;
using Lebenswelten.Web.Features.Network;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.WebEncoders;

namespace Lebenswelten.Web.Hosting;

public static class ServiceRegistration
{
    public static WebApplicationBuilder AddLebenswelten(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Nothing the app accepts is larger (ASVS V4.3): bigger bodies get 413 before any parsing.
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Limits:MaxRequestBodyBytes", 1_000_000L));
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddDatabase(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            return DatabaseSettings.From(configuration, configuration["DataFolder"] ?? Path.Combine(contentRoot, "App_Data"));
        });
        DataProtectionKeys.Add(services, builder.Configuration);
        Telemetry.Add(services, builder.Configuration);

        services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        services.AddScoped<DemoSeeder>();
        services.AddScoped<PublishedDemoCredentials>();
        services.AddScoped<SiteDirectory>();
        services.AddHttpContextAccessor();
        services.AddScoped<Navigation>();
        services.AddScoped<Features.Shared.BackOffice.BackOfficeServices>();
        services.AddScoped<Features.Offerings.BackOffice.OfferingAdminServices>();
        services.AddSingleton(TimeProvider.System);
        services.AddOfferings();
        Features.Offerings.Catalogue.CatalogueCache.AddCatalogueCache(services, builder.Configuration);
        services.AddNeeds();
        services.AddWorkspace();
        services.AddScoped<Features.Needs.NeedsPageData>();
        services.AddScoped<Features.Projects.ProjectChoices>();
        services.AddPrivacy(builder.Configuration);
        services.AddTelemedicine(builder.Configuration);
        Core.CalendarFeeds.CalendarFeedsModule.AddCalendarFeeds(services);
        services.AddReferrals(builder.Configuration).AddScoped<Features.Referrals.VoucherLinks>().AddScoped<IVoucherLinks>(s => s.GetRequiredService<Features.Referrals.VoucherLinks>());
        services.AddFhir();
        services.AddNetworkWeb(builder.Configuration);
        services.AddProjects(builder.Configuration);
        Core.Surveys.SurveysModule.AddSurveys(services, builder.Configuration).AddScoped<Features.Surveys.SurveyLanguages>();
        Features.Ideas.IdeasWebModule.AddIdeasWeb(services, builder.Configuration);
        services.AddEvaluation(builder.Configuration).AddScoped<Features.Evaluation.SiteFiguresReader>()
            .AddScoped<Features.Evaluation.YearlyReportReader>();
        services.AddMessaging(builder.Configuration, quartz =>
        {
            OfferingsModule.AddJobs(quartz, builder.Configuration);
            PrivacyModule.AddJobs(quartz, builder.Configuration);
            TelemedicineModule.AddJobs(quartz, builder.Configuration);
            Core.Network.NetworkModule.AddJobs(quartz, builder.Configuration);
            ProjectsModule.AddJobs(quartz, builder.Configuration);
            EvaluationModule.AddJobs(quartz, builder.Configuration);
        });
        services.AddSingleton<PublicAddress>();
        PublicAddress.Require(builder);
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<IMessageLinks>(provider => provider.GetRequiredService<PublicLinks>());
        services.AddAdministrationWeb();

        services.AddLebensweltenIdentity();
        services.AddSingleSignOn(builder.Configuration, builder.Environment);
        services.AddLebensweltenRateLimiting(builder.Configuration);
        services.AddLebensweltenLocalization();
        services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddMvcOptions(options => options.Filters.Add<UnreadableCheckboxes>())
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Features.Shared.SharedResource)));

        // Umlauts and other letters stay as they are in the HTML instead of becoming &#xFC; entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.HttpContext.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
            {
                context.HttpContext.Response.Headers.RetryAfter =
                    Features.Shared.ErrorHandling.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        services.AddOpenApi(Features.Shared.Api.OpenApiDescription.Describe);
        // One enum casing for the whole API: camelCase names, as the properties ("booked", "confirmed"); reading accepts any case.
        services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddHealthChecks().AddDbContextCheck<LebensweltenDbContext>(tags: ["ready"]);
        return builder;
    }
}
