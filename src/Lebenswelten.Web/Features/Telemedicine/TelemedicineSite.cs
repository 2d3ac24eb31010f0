using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>A site with its active rooms and video consultation hours: public, none of it is personal data.</summary>
public sealed record TelemedicineSite(Site Site, IReadOnlyList<TelemedicineRoom> Rooms, IReadOnlyList<ConsultationSchedule> Schedules)
{
    public static async Task<TelemedicineSite?> LoadAsync(SiteDirectory sites, RoomEditor rooms, ScheduleEditor schedules, string slug,
        CancellationToken ct)
    {
        if (await sites.FindAsync(slug, ct) is not { } site)
        {
            return null;
        }
        return new TelemedicineSite(site, (await rooms.ListAsync(site.Id, ct)).Where(r => r.IsActive).ToList(),
            (await schedules.ListAsync(site.Id, null, ct)).Where(s => s.IsActive).ToList());
    }

    /// <summary>"Hausarztpraxis am Quartier – Videosprechstunde".</summary>
    public static string Title(ConsultationSchedule schedule) => $"{schedule.Practice?.Name} – {schedule.Name}";
}
