using Hl7.Fhir.Model;
using static Hl7.Fhir.Model.CapabilityStatement;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// GET /fhir/metadata: what this server does, in the same words as docs/en/fhir.md. Public, as FHIR R4 §3.1.0.13 expects
/// (a client must learn how to authenticate before it can); it names no record.
/// </summary>
internal static class FhirCapabilities
{
    public static CapabilityStatement For(string baseUrl) => new()
    {
        Status = PublicationStatus.Active,
        Date = "2026-01-01",
        Kind = CapabilityStatementKind.Instance,
        Name = "LebensweltenTelemedicine",
        Title = "Lebenswelten – Telemedizinraum (FHIR R4)",
        Description = new Markdown("Video consultation hours, slots and appointments of the telemedicine room, for practice software. "
            + "Modelled on gematik ISiK Terminplanung (ISiKKalender, ISiKTerminblock, ISiKTermin) without claiming its profiles."),
        Software = new SoftwareComponent { Name = "Lebenswelten" },
        Implementation = new ImplementationComponent { Description = "Lebenswelten /fhir", Url = baseUrl },
        FhirVersion = FHIRVersion.N4_0_1,
        Format = [FhirJson.MediaType, "json"],
        PatchFormat = [FhirJson.JsonPatchMediaType, FhirJson.MediaType],
        Rest =
        [
            new RestComponent
            {
                Mode = RestfulCapabilityMode.Server,
                Documentation = new Markdown("Bearer token from POST /api/account/login "
                    + "(an account with the Practice role, second factor done). "
                    + "Everything is limited to the caller's own practice organisations. Unknown search parameters are refused (400)."),
                Security = new SecurityComponent
                {
                    Cors = false,
                    // None of FHIR's restful-security-service codes (OAuth, SMART-on-FHIR, Basic …) is what we do: text only.
                    Service = [new CodeableConcept { Text = "Bearer token" }],
                    Description = new Markdown(
                        "Authorization: Bearer <accessToken> from POST /api/account/login with e-mail, password and TOTP code."),
                },
                Resource =
                [
                    Resource(ResourceType.Schedule, [TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
                        ("_id", SearchParamType.Token), ("actor", SearchParamType.Reference)),
                    Resource(ResourceType.Slot, [TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
                        ("schedule", SearchParamType.Reference), ("start", SearchParamType.Date), ("status", SearchParamType.Token)),
                    WithBook(Resource(ResourceType.Appointment,
                        [
                            TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType, TypeRestfulInteraction.Patch,
                            TypeRestfulInteraction.Update,
                        ],
                        ("_id", SearchParamType.Token), ("date", SearchParamType.Date), ("actor", SearchParamType.Reference),
                        ("status", SearchParamType.Token))),
                ],
            },
        ],
    };

    private static ResourceComponent Resource(ResourceType type, TypeRestfulInteraction[] interactions,
        params (string Name, SearchParamType Type)[] search) => new()
    {
        Type = type.ToString(),
        Interaction = [.. interactions.Select(i => new ResourceInteractionComponent { Code = i })],
        SearchParam =
        [
            .. search.Select(s => new CapabilityStatement.SearchParamComponent { Name = s.Name, Type = s.Type }),
            new CapabilityStatement.SearchParamComponent
            {
                Name = FhirPaging.Count, Type = SearchParamType.Number,
                Documentation = new Markdown($"Entries a page: default and maximum {FhirPaging.MaxCount}; the Bundle links first, previous, next and last."),
            },
        ],
        UpdateCreate = false,
    };

    private static ResourceComponent WithBook(ResourceComponent appointment)
    {
        appointment.Operation.Add(new OperationComponent
        {
            Name = "book",
            Definition = "https://gematik.de/fhir/isik/OperationDefinition/AppointmentBook",
            Documentation = new Markdown("POST [base]/Appointment/$book with a proposed Appointment (or Parameters with appt-resource) "
                + "referencing one Slot; 201 with the booked Appointment."),
        });
        return appointment;
    }
}
