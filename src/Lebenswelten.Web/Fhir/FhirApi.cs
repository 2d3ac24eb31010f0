namespace Lebenswelten.Web.Fhir;

/// <summary>
/// /fhir: FHIR R4 for practice software — Schedule, Slot, Appointment and $book, thin over the telemedicine services.
/// Not in the OpenAPI document: the CapabilityStatement at /fhir/metadata is FHIR's own description.
/// </summary>
public static class FhirApi
{
    public static void MapFhirApi(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir").AddEndpointFilter<FhirContentNegotiation>().ExcludeFromDescription();
        fhir.MapGet("/metadata", (FhirCaller caller) => new FhirResult(FhirCapabilities.For(caller.BaseUrl))).AllowAnonymous();
        var practice = fhir.MapGroup("").RequireAuthorization(FhirCaller.Policy);
        ScheduleEndpoints.Map(practice);
        SlotEndpoints.Map(practice);
        AppointmentEndpoints.Map(practice);
    }
}
