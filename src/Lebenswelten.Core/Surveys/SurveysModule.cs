using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Surveys;

/// <summary>Surveys of residents (issue 24): building, answering without an account, results under the small-number rule.</summary>
public static class SurveysModule
{
    /// <summary>Needs Evaluation's settings (the minimum count), Needs' services and Privacy's AuditLog.</summary>
    public static IServiceCollection AddSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SurveysRetentionOptions>(configuration.GetSection(SurveysRetentionOptions.Section));
        services.AddScoped<SurveyAccess>();
        services.AddScoped<SurveyBuilder>();
        services.AddScoped<SurveyDirectory>();
        services.AddScoped<SurveyAnswering>();
        services.AddScoped<SurveyResults>();
        services.AddScoped<SurveyFreeTexts>();
        services.AddScoped<SurveyOutcomes>();
        services.AddScoped<SurveyNeedsFeed>();
        services.AddScoped<SurveyExport>();
        services.AddScoped<IPersonalDataParticipant, SurveysPersonalData>();
        return services;
    }
}
