using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine.Video;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>The telemedicine capability's services and jobs, registered by the host.</summary>
public static class TelemedicineModule
{
    /// <summary>
    /// The telemedicine room's services. Needs the offerings capability's <see cref="Privacy.AuditLog"/>, data protection
    /// and an <see cref="IMessageLinks"/>. The video provider comes from <c>Telemedicine:Video:Provider</c>, checked at start.
    /// </summary>
    public static IServiceCollection AddTelemedicine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<VideoOptions>().Bind(configuration.GetSection(VideoOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<VideoOptions>, VideoOptionsValidation>();
        services.AddSingleton<JitsiMeetProvider>();
        services.AddSingleton<PastedLinkProvider>();
        services.AddSingleton<IVideoMeetingProvider>(provider =>
            provider.GetRequiredService<IOptions<VideoOptions>>().Value.Provider == VideoProviderKind.Jitsi
                ? provider.GetRequiredService<JitsiMeetProvider>()
                : provider.GetRequiredService<PastedLinkProvider>());
        services.AddOptions<GuestBookingOptions>().Bind(configuration.GetSection(GuestBookingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GuestBookingOptions>, GuestBookingOptionsValidation>();
        services.AddSingleton<AppointmentTokens>();
        services.AddScoped<GuestContacts>();
        services.AddScoped<ContactVerification>();
        services.AddScoped<TelemedicineAccess>();
        services.AddScoped<TelemedicineMails>();
        services.AddScoped<RoomEditor>();
        services.AddScoped<ScheduleEditor>();
        services.AddScoped<SlotFinder>();
        services.AddScoped<SlotPlacement>();
        services.AddScoped<BookingService>();
        services.AddScoped<ClosureRebooking>();
        services.AddScoped<AppointmentMove>();
        services.AddScoped<DayClosures>();
        services.AddScoped<RoomDesk>();
        services.AddScoped<PracticeDesk>();
        services.AddScoped<PatientAppointments>();
        services.AddScoped<VideoLinks>();
        services.AddScoped<AppointmentReminders>();
        services.AddScoped<AppointmentRemoval>();
        services.AddScoped<IPersonalDataParticipant, AppointmentPersonalData>();
        services.AddScoped<GuestAppointmentData>();
        return services;
    }

    public static void AddJobs(IServiceCollectionQuartzConfigurator quartz, IConfiguration configuration)
    {
        QuartzJobs.AddIntervalJob<AppointmentReminderJob>(quartz, AppointmentReminderJob.Key,
            TimeSpan.FromSeconds(configuration.GetValue("Telemedicine:ReminderIntervalSeconds", 300)));
        QuartzJobs.AddIntervalJob<GuestHoldExpiryJob>(quartz, GuestHoldExpiryJob.Key,
            TimeSpan.FromSeconds(configuration.GetValue("Telemedicine:HoldExpiryIntervalSeconds", 60)));
    }
}
