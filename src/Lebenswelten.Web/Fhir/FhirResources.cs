using Hl7.Fhir.Model;
using Lebenswelten.Core.Telemedicine;
using CoreSlot = Lebenswelten.Core.Telemedicine.Slot;
using Patient = Hl7.Fhir.Model.Patient;
using Slot = Hl7.Fhir.Model.Slot;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// Our records as FHIR resources, modelled on ISiK Terminplanung (ISiKKalender, ISiKTerminblock, ISiKTermin) without
/// claiming its profiles (deviations: docs/en/fhir.md). Times carry the Europe/Berlin offset; they are stored in UTC.
/// </summary>
public static class FhirResources
{
    public const string PatientId = "patient";

    public static Schedule Schedule(ConsultationSchedule schedule, IEnumerable<TelemedicineRoom> rooms, DateTimeOffset now)
    {
        var resource = new Schedule
        {
            Id = schedule.Id.ToString(),
            Active = schedule.IsActive,
            ServiceType = [.. schedule.Kinds.Members().Select(FhirCodes.Kind)],
            Actor = [Organization(schedule.PracticeOrganisationId, schedule.Practice?.Name), .. rooms.Select(Location)],
            PlanningHorizon = new Period(new FhirDateTime(Local(now)), new FhirDateTime(Local(now.AddDays(schedule.HorizonDays)))),
            Comment = schedule.Name,
        };
        resource.AddExtension(FhirCodes.ScheduleNameExtension, new FhirString(schedule.Name));
        return resource;
    }

    public static Slot Slot(CoreSlot slot, ConsultationSchedule schedule) => new()
    {
        Id = slot.Id,
        Schedule = new ResourceReference($"Schedule/{slot.ScheduleId}"),
        Status = slot.Status == Core.Telemedicine.SlotStatus.Free ? Hl7.Fhir.Model.Slot.SlotStatus.Free
            : Hl7.Fhir.Model.Slot.SlotStatus.Busy,
        Start = BerlinTime.ToLocal(slot.StartsAt),
        End = BerlinTime.ToLocal(slot.EndsAt),
        ServiceType = [.. schedule.Kinds.Members().Select(FhirCodes.Kind)],
    };

    /// <summary>The practice's view: the patient's name and contact (contained), the reason as comment.</summary>
    public static Appointment Appointment(TelemedicineAppointment appointment)
    {
        var patient = new Patient { Id = PatientId, Name = [new HumanName { Text = appointment.Name }] };
        if (appointment.Email is { } email)
        {
            patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, email));
        }
        if (appointment.Phone is { } phone)
        {
            patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, phone));
        }
        patient.Communication.Add(new Patient.CommunicationComponent
        {
            Language = new CodeableConcept("urn:ietf:bcp:47", appointment.Language),
        });
        return new Appointment
        {
            Id = appointment.Id.ToString(),
            Contained = [patient],
            Status = FhirCodes.Status(appointment),
            CancelationReason = FhirCodes.CancellationReason(appointment.Status) is { } reason
                ? new CodeableConcept(FhirCodes.CancellationReasonSystem, reason) { Text = appointment.CancellationReason }
                : null,
            ServiceType = [FhirCodes.Kind(appointment.Kind)],
            Start = BerlinTime.ToLocal(appointment.StartsAt),
            End = BerlinTime.ToLocal(appointment.EndsAt),
            Created = new FhirDateTime(Local(appointment.CreatedAt)).Value,
            Slot = [new ResourceReference($"Slot/{SlotId.For(appointment.ScheduleId, appointment.StartsAt)}")],
            Comment = appointment.Reason,
            Participant =
            [
                Participant(new ResourceReference($"#{PatientId}", appointment.Name)),
                Participant(Organization(appointment.PracticeOrganisationId, appointment.Schedule?.Practice?.Name)),
                Participant(Location(appointment.Room!)),
            ],
        };
    }

    /// <summary>
    /// Europe/Berlin time in whole seconds: the databases keep different fractions (PostgreSQL microseconds), and a PUT
    /// compares what the client read with what is stored.
    /// </summary>
    private static DateTimeOffset Local(DateTimeOffset instant) =>
        BerlinTime.ToLocal(instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond)));

    private static Appointment.ParticipantComponent Participant(ResourceReference actor) =>
        new() { Actor = actor, Status = ParticipationStatus.Accepted };

    private static ResourceReference Organization(Guid id, string? name) => new($"Organization/{id}", name);

    private static ResourceReference Location(TelemedicineRoom room) => new($"Location/{room.Id}", room.Name);
}
