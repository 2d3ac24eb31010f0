using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Lebenswelten.Core.Network;

public static class NetworkModule
{
    /// <summary>
    /// Networks, organisations' profiles and contacts, meetings, documents, agreements and eligibility. Needs an
    /// <see cref="INetworkLinks"/> from the host, the audit log, and messaging for its mails.
    /// </summary>
    public static IServiceCollection AddNetwork(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentOptions>, DocumentOptionsValidation>();
        services.TryAddScoped<AuditLog>();
        services.AddScoped<INetworkPeople, NetworkPeople>();
        services.AddScoped<NetworkAccess>();
        services.AddScoped<NetworkLookup>();
        services.AddScoped<NetworkMails>();
        services.AddScoped<Networks>();
        services.AddScoped<WorkingGroups>();
        services.AddScoped<OrganisationProfiles>();
        services.AddScoped<OrganisationIdentities>();
        services.AddScoped<ContactPersons>();
        services.AddScoped<OpenCall>();
        services.AddScoped<Meetings>();
        services.AddScoped<MeetingAgenda>();
        services.AddScoped<MeetingInvitations>();
        services.AddScoped<ActionItems>();
        services.AddScoped<TaskReminders>();
        services.AddScoped<NetworkGraphs>();
        services.AddScoped<DocumentStore>();
        services.AddScoped<NetworkDocuments>();
        services.AddScoped<AgreementDirectory>();
        services.AddScoped<AgreementEditor>();
        services.AddScoped<AgreementSigning>();
        services.AddScoped<EligibilityReview>();
        services.AddScoped<IPersonalDataParticipant, NetworkPersonalData>();
        return services;
    }

    public static void AddJobs(IServiceCollectionQuartzConfigurator quartz, IConfiguration configuration) =>
        QuartzJobs.AddIntervalJob<TaskReminderJob>(quartz, TaskReminderJob.Key,
            TimeSpan.FromSeconds(configuration.GetValue("Network:TaskReminderIntervalSeconds", 3600)));
}
