using Hl7.Fhir.Model;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// POST /fhir/Appointment/$book (ISiK Terminplanung's Book operation): a proposed Appointment — in the body, or as
/// the "appt-resource" of a Parameters resource — naming one of the caller's slots, the kind, and the patient as a
/// contained Patient with a name and an e-mail address or phone number. The practice books on the patient's behalf
/// as a guest booking: the patient gets the confirmation mail with their personal link, exactly as after booking on the
/// web. The one booking rule is <see cref="BookingService.BookAsync"/>; 201 with the booked Appointment and its address.
/// </summary>
internal static class AppointmentBooking
{
    public const string ParameterName = "appt-resource";

    public static void Map(RouteGroupBuilder fhir) => fhir.MapPost("/Appointment/$book", BookAsync);

    private static async Task<IResult> BookAsync(HttpRequest request, FhirCaller caller, SlotFinder slots, BookingService booking,
        CancellationToken ct)
    {
        var (resource, parseError) = await FhirJson.ReadAsync<Resource>(request, ct);
        var proposed = resource switch
        {
            Appointment appointment => appointment,
            Parameters parameters =>
                parameters.Parameter.Where(p => p.Name == ParameterName).Select(p => p.Resource).OfType<Appointment>().SingleOrDefault(),
            _ => null,
        };
        if (proposed is null)
        {
            return (parseError ?? FhirError.Invalid("Fhir.WrongResourceType", resource!.TypeName)).ToResult(caller.Text);
        }
        if (Check(proposed) is { } invalid)
        {
            return invalid.ToResult(caller.Text);
        }
        var slotId = proposed.Slot.Single().Reference!.Split('/')[^1];
        var slot = await slots.LocateAsync(slotId, ct);
        if (slot.Value is not { } found || !await caller.ActsForAsync(found.PracticeOrganisationId, ct))
        {
            return FhirError.From(DomainProblem.NotFound("Slot.NotFound")).ToResult(caller.Text);
        }
        if (proposed.Start is { } start && start != found.StartsAt || proposed.End is { } end && end != found.EndsAt)
        {
            return FhirError.Unprocessable("Fhir.Book.TimeMismatch", "Appointment.start").ToResult(caller.Text);
        }
        var (input, inputError) = ProposedAppointment.Read(proposed, found);
        if (input is null)
        {
            return inputError!.ToResult(caller.Text);
        }
        var outcome = await booking.BookAsync(new BookingRequest(slotId, input.RoomId, input.Kind, input.Patient, proposed.Comment),
            caller.Actor, ct);
        if (outcome.Value is not { } receipt)
        {
            return FhirError.From(outcome.Problem!, fieldPath: ProposedAppointment.PathOf).ToResult(caller.Text);
        }
        var booked = FhirResources.Appointment(receipt.Appointment);
        return new FhirResult(booked, StatusCodes.Status201Created, $"{caller.BaseUrl}/Appointment/{booked.Id}");
    }

    /// <summary>The shape ISiK asks for: status proposed (or pending), exactly one slot reference, no id yet.</summary>
    private static FhirError? Check(Appointment proposed)
    {
        if (proposed.Status is not (Appointment.AppointmentStatus.Proposed or Appointment.AppointmentStatus.Pending))
        {
            return FhirError.Unprocessable("Fhir.Book.NotProposed", "Appointment.status");
        }
        if (proposed.Slot is not [{ Reference: { } reference }] || !reference.Contains("Slot/", StringComparison.Ordinal))
        {
            return FhirError.Unprocessable("Fhir.Book.OneSlot", "Appointment.slot");
        }
        return null;
    }
}
