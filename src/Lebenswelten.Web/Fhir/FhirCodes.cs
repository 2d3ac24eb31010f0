using Hl7.Fhir.Model;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// The codes /fhir speaks. Consultation kinds are a small code system of our own (no national value set fits a video
/// consultation's purpose); cancellation reasons use HL7's, restricted to the codes ISiK allows (ISiKTerminCancelationReason).
/// </summary>
public static class FhirCodes
{
    public const string ConsultationKindSystem = "https://lebenswelten.example/fhir/CodeSystem/consultation-kind";
    public const string CancellationReasonSystem = "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason";
    public const string ScheduleNameExtension = "http://hl7.org/fhir/5.0/StructureDefinition/extension-Schedule.name";

    private static readonly Dictionary<ConsultationKind, string> KindCodes = new()
    {
        [ConsultationKind.FollowUp] = "follow-up",
        [ConsultationKind.PrescriptionTalk] = "prescription-talk",
        [ConsultationKind.FindingsDiscussion] = "findings-discussion",
        [ConsultationKind.Counselling] = "counselling",
        [ConsultationKind.TherapySession] = "therapy-session",
    };

    public static CodeableConcept Kind(ConsultationKind kind) => new()
    {
        Coding = [new Coding(ConsultationKindSystem, KindCodes[kind], TelemedicineText.Kind(kind, "de"))],
        Text = TelemedicineText.Kind(kind, "de"),
    };

    /// <summary>The kind an Appointment.serviceType names: one coding of our system with a known code.</summary>
    public static ConsultationKind? KindOf(IEnumerable<CodeableConcept> serviceTypes)
    {
        var codings = serviceTypes.SelectMany(c => c.Coding).Where(c => c.System == ConsultationKindSystem).ToList();
        return codings.Count == 1 && KindCodes.FirstOrDefault(k => k.Value == codings[0].Code) is { Value: not null } known
            ? known.Key
            : null;
    }

    public static Appointment.AppointmentStatus Status(TelemedicineAppointment appointment) => appointment.Status switch
    {
        AppointmentStatus.Booked when appointment.AwaitsVerification => Appointment.AppointmentStatus.Pending,
        AppointmentStatus.Booked when appointment.CheckedInAt is not null => Appointment.AppointmentStatus.Arrived,
        AppointmentStatus.Booked => Appointment.AppointmentStatus.Booked,
        _ => Appointment.AppointmentStatus.Cancelled,
    };

    /// <summary>Who cancelled, as ISiK's cancellation reasons see it: the patient, the provider (practice) or "other" (the room).</summary>
    public static string? CancellationReason(AppointmentStatus status) => status switch
    {
        AppointmentStatus.CancelledByResident or AppointmentStatus.Rebooked => "pat",
        AppointmentStatus.CancelledByPractice or AppointmentStatus.CancelledByPracticeClosure => "prov",
        AppointmentStatus.CancelledByRoomClosure => "other",
        _ => null,
    };

    public static readonly string[] AppointmentStatusCodes =
        [.. Enum.GetValues<Appointment.AppointmentStatus>().Select(s => Hl7.Fhir.Utility.EnumUtility.GetLiteral(s)!)];

    public static readonly string[] SlotStatusCodes = [.. Enum.GetValues<Hl7.Fhir.Model.Slot.SlotStatus>()
        .Select(s => Hl7.Fhir.Utility.EnumUtility.GetLiteral(s)!)];

    public static string Literal(Enum value) => Hl7.Fhir.Utility.EnumUtility.GetLiteral(value)!;
}
