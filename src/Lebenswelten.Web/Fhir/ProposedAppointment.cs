using Hl7.Fhir.Model;
using Lebenswelten.Core.Telemedicine;
using CorePatient = Lebenswelten.Core.Telemedicine.Patient;
using CoreSlot = Lebenswelten.Core.Telemedicine.Slot;
using Patient = Hl7.Fhir.Model.Patient;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// What a proposed Appointment asks for: the kind (serviceType, our code system), the room (an optional
/// <c>Location/{id}</c> participant; none: the first free room), and the patient — a participant pointing at a
/// contained Patient, since the platform keeps no patient register. Organization participants must be the slot's
/// practice; other participants (a Practitioner, say) are the practice's business and are ignored.
/// </summary>
public sealed record ProposedAppointment(ConsultationKind Kind, Guid? RoomId, CorePatient Patient)
{
    private const string PatientPath = "Appointment.contained.ofType(Patient)";

    public static (ProposedAppointment? Input, FhirError? Error) Read(Appointment proposed, CoreSlot slot)
    {
        if (FhirCodes.KindOf(proposed.ServiceType) is not { } kind)
        {
            return (null, FhirError.Unprocessable("Fhir.Book.ServiceType", "Appointment.serviceType", FhirCodes.ConsultationKindSystem));
        }
        var actors = proposed.Participant.Select(p => p.Actor?.Reference ?? "").ToList();
        var patients = actors.Where(a => a.StartsWith('#'))
            .Select(a => proposed.Contained.OfType<Patient>().SingleOrDefault(c => "#" + c.Id == a)).ToList();
        if (patients is not [{ } patient] || actors.Any(a => a.StartsWith("Patient/", StringComparison.Ordinal)))
        {
            return (null, FhirError.Unprocessable("Fhir.Book.Patient", "Appointment.participant"));
        }
        var rooms = actors.Where(a => a.StartsWith("Location/", StringComparison.Ordinal)).ToList();
        Guid? roomId = null;
        if (rooms is [var room] && Guid.TryParse(room["Location/".Length..], out var id))
        {
            roomId = id;
        }
        else if (rooms.Count > 0)
        {
            return (null, FhirError.Unprocessable("Fhir.Book.Location", "Appointment.participant"));
        }
        if (actors.Any(a => a.StartsWith("Organization/", StringComparison.Ordinal) && a != $"Organization/{slot.PracticeOrganisationId}"))
        {
            return (null, FhirError.Unprocessable("Fhir.Book.Organization", "Appointment.participant"));
        }
        return (new ProposedAppointment(kind, roomId, ToPatient(patient)), null);
    }

    /// <summary>Where in the Appointment a booking rule's field lives, for OperationOutcome.issue.expression.</summary>
    public static string PathOf(string field) => field switch
    {
        "Name" => $"{PatientPath}.name",
        "Email" or "Phone" => $"{PatientPath}.telecom",
        "Kind" => "Appointment.serviceType",
        "RoomId" => "Appointment.participant",
        "Reason" => "Appointment.comment",
        _ => $"Appointment.{field}",
    };

    private static CorePatient ToPatient(Patient patient)
    {
        var name = patient.Name.FirstOrDefault() is { } human
            ? human.Text ?? string.Join(' ', human.Given.Append(human.Family).Where(p => !string.IsNullOrWhiteSpace(p)))
            : "";
        string? Telecom(ContactPoint.ContactPointSystem system) => patient.Telecom.FirstOrDefault(t => t.System == system)?.Value;
        var language = patient.Communication.SelectMany(c => c.Language?.Coding ?? []).Select(c => c.Code).FirstOrDefault();
        return new CorePatient(null, name, Telecom(ContactPoint.ContactPointSystem.Email), Telecom(ContactPoint.ContactPointSystem.Phone),
            language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "de");
    }
}
