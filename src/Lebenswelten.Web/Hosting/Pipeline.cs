using Lebenswelten.Web.Features.Admin;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Needs;
using Lebenswelten.Web.Features.Network;
using Lebenswelten.Web.Features.Offerings;
using Lebenswelten.Web.Features.Privacy;
using Lebenswelten.Web.Features.Projects;
using Lebenswelten.Web.Features.Offerings.Registrations;
using Lebenswelten.Web.Features.Shared;
using Lebenswelten.Web.Features.Sites;
using Lebenswelten.Web.Fhir;
using Lebenswelten.Web.Features.Telemedicine;
using Lebenswelten.Web.Features.Workspace;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Lebenswelten.Web.Hosting;

public static class Pipeline
{
    public static WebApplication UseLebenswelten(this WebApplication app)
    {
        app.UseLebensweltenSecurityHeaders();
        app.UseLebensweltenErrorHandling();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseStaticFiles();
        app.UseLebensweltenLocalization();
        app.UseRouting();
        app.UseLebensweltenRateLimiting();
        app.UseAuthentication();
        app.UseBearerAccountCheck();
        app.UseAuthorization();
        app.UseResidentLanguages();
        // After the language is settled and the person known: the catalogue cache varies by the one and skips the other.
        app.UseOutputCache();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        // A constant JSON answer with no database and no data: the load benchmark's baseline for "the whole request" (issue 21).
        app.MapGet("/health/ping", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous().ExcludeFromDescription();
        Telemetry.Map(app);
        app.MapOpenApi().AllowAnonymous();
        app.MapAccountApi();
        app.MapSitesApi();
        app.MapAdminApi();
        app.MapWorkspaceApi();
        app.MapOfferingsApi();
        app.MapNeedsApi();
        app.MapRegistrationsApi();
        app.MapPrivacyApi();
        app.MapFhirApi();
        app.MapTelemedicineApi();
        app.MapNetworkApi();
        Features.Referrals.ReferralsApi.MapReferralsApi(app);
        app.MapProjectsApi();
        Features.Evaluation.EvaluationApi.MapEvaluationApi(app);
        Features.OpenData.OpenDataApi.MapOpenDataApi(app);
        Features.CalendarFeeds.PersonalFeedEndpoint.MapPersonalCalendarFeed(app);
        app.MapHealthGoalsApi();
        Features.Surveys.SurveysApi.MapSurveysApi(app);
        Features.Ideas.IdeasApi.MapIdeasApi(app);
        app.MapSiteSwitch();
        app.MapNotFoundFallback();
        app.MapRazorPages();
        return app;
    }
}
