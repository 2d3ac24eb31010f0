using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine;

public sealed record ScheduleDto(Guid Id, string Name, Guid PracticeId, string Practice, int SlotMinutes,
    IReadOnlyList<ConsultationKind> Kinds, int HorizonDays, int MinNoticeHours, int CancellationDeadlineHours)
{
    public static ScheduleDto From(ConsultationSchedule s) => new(s.Id, s.Name, s.PracticeOrganisationId, s.Practice?.Name ?? "",
        s.SlotMinutes, s.Kinds.Members().ToList(), s.HorizonDays, s.MinNoticeHours, s.CancellationDeadlineHours);
}
