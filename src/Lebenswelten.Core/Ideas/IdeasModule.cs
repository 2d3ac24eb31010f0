using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Ideas;

public static class IdeasModule
{
    /// <summary>Ideas from residents: proposals, moderation, supports and answers. Needs Privacy's AuditLog, Offerings' catalogue and an <see cref="IIdeaLinks"/>.</summary>
    public static IServiceCollection AddIdeas(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdeasOptions>(configuration.GetSection(IdeasOptions.Section));
        services.AddScoped<IdeaAccess>();
        services.AddScoped<IdeaProposals>();
        services.AddScoped<IdeaModeration>();
        services.AddScoped<IdeaSupports>();
        services.AddScoped<IdeaAnswers>();
        services.AddScoped<IdeaDirectory>();
        services.AddScoped<IdeaMails>();
        services.AddScoped<IdeasPersonalData>();
        services.AddScoped<IPersonalDataParticipant, IdeasPersonalData>();
        return services;
    }
}
