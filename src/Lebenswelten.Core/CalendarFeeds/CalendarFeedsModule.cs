using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.CalendarFeeds;

/// <summary>
/// A person's own calendar feed behind a secret link. Its own module, not Identity's: it reads Offerings and
/// Telemedicine, and takes part in Privacy, which itself builds on Identity (docs/dev/architecture.md, rule 2).
/// </summary>
public static class CalendarFeedsModule
{
    /// <summary>Needs Offerings, Telemedicine, Privacy and an <see cref="Messaging.IMessageLinks"/>.</summary>
    public static IServiceCollection AddCalendarFeeds(this IServiceCollection services)
    {
        services.AddScoped<PersonalCalendarFeeds>();
        services.AddScoped<PersonalCalendar>();
        services.AddScoped<IPersonalDataParticipant, CalendarFeedsParticipant>();
        return services;
    }
}
