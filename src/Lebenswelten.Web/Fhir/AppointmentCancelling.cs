using Hl7.Fhir.Model;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// PATCH and PUT /fhir/Appointment/{id}: the practice cancels (ISiK: Appointment supports PATCH). Both end in
/// <see cref="BookingService.CancelByPracticeAsync"/>, which frees slot and room, mails the patient with the reason,
/// and answers "not found" to every other practice. PUT takes the whole resource and allows no change but the status
/// (and cancelationReason): the rest of an appointment is the patient's booking, not the practice's to rewrite.
/// </summary>
internal static class AppointmentCancelling
{
    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapMethods("/Appointment/{id}", ["PATCH"], PatchAsync);
        fhir.MapPut("/Appointment/{id}", PutAsync);
    }

    private static async Task<IResult> PatchAsync(string id, HttpRequest request, FhirCaller caller, BookingService booking,
        CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var appointmentId))
        {
            return NotFound(caller);
        }
        string? reason;
        FhirError? error;
        if (request.ContentType?.StartsWith(FhirJson.JsonPatchMediaType, StringComparison.OrdinalIgnoreCase) == true)
        {
            (reason, error) = CancelPatch.FromJsonPatch(await new StreamReader(request.Body).ReadToEndAsync(ct));
        }
        else
        {
            var (parameters, parseError) = await FhirJson.ReadAsync<Parameters>(request, ct);
            (reason, error) = parameters is null ? (null, parseError) : CancelPatch.FromFhirPathPatch(parameters);
        }
        return error is not null ? error.ToResult(caller.Text) : await CancelAsync(appointmentId, reason, caller, booking, ct);
    }

    private static async Task<IResult> PutAsync(string id, HttpRequest request, FhirCaller caller, BookingService booking,
        PracticeDesk desk, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var appointmentId))
        {
            return NotFound(caller);
        }
        var (changed, parseError) = await FhirJson.ReadAsync<Appointment>(request, ct);
        if (changed is null)
        {
            return parseError!.ToResult(caller.Text);
        }
        if (changed.Id != id)
        {
            return FhirError.Invalid("Fhir.IdMismatch").ToResult(caller.Text);
        }
        if (changed.Status != Appointment.AppointmentStatus.Cancelled)
        {
            return FhirError.Unprocessable("Fhir.Put.OnlyCancel", "Appointment.status").ToResult(caller.Text);
        }
        var current = await desk.AppointmentAsync(appointmentId, caller.Actor, ct);
        if (current.Value is not { } appointment)
        {
            return FhirError.From(current.Problem!).ToResult(caller.Text);
        }
        if (!WithoutCancellation(changed).IsExactly(WithoutCancellation(FhirResources.Appointment(appointment))))
        {
            return FhirError.Unprocessable("Fhir.Put.OnlyCancel", "Appointment").ToResult(caller.Text);
        }
        return await CancelAsync(appointmentId, changed.CancelationReason?.Text, caller, booking, ct);
    }

    private static async Task<IResult> CancelAsync(Guid id, string? reason, FhirCaller caller, BookingService booking, CancellationToken ct)
    {
        var outcome = await booking.CancelByPracticeAsync(id, reason, caller.Actor, ct);
        return outcome.Value is { } cancelled
            ? new FhirResult(FhirResources.Appointment(cancelled))
            : FhirError.From(outcome.Problem!, fieldPath: _ => "Appointment.cancelationReason.text").ToResult(caller.Text);
    }

    /// <summary>The resource as it would compare if status and reason were left alone (meta and narrative never count).</summary>
    private static Appointment WithoutCancellation(Appointment appointment)
    {
        var copy = (Appointment)appointment.DeepCopy();
        (copy.Status, copy.CancelationReason, copy.Meta, copy.Text) = (null, null, null, null);
        return copy;
    }

    private static IResult NotFound(FhirCaller caller) =>
        FhirError.From(DomainProblem.NotFound("Appointment.NotFound")).ToResult(caller.Text);
}
