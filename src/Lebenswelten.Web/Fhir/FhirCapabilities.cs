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
        Format = [FhirJson.MediaType, FhirXml.MediaType, "json", "xml"],
        PatchFormat = [FhirJson.JsonPatchMediaType, FhirJson.MediaType],
        Rest =
        [
            new RestComponent
            {
                Mode = RestfulCapabilityMode.Server,
                Documentation = new Markdown("Bearer token from POST /api/account/login "
                    + "(an account with the Practice role, second factor done). "
                    + "Everything is limited to the caller's own practice organisations. Search handling is lenient by default: "
                    + "an unknown parameter is ignored, named in an OperationOutcome entry (search.mode outcome) and left out of "
                    + "the links; with Prefer: handling=strict it is refused (400)."),
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
                    Including(Resource(ResourceType.Schedule, [TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
                        ("_id", SearchParamType.Token), ("actor", SearchParamType.Reference)), ScheduleEndpoints.SlotsOfSchedule),
                    Including(Resource(ResourceType.Slot, [TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
                        ("_id", SearchParamType.Token), ("schedule", SearchParamType.Reference), ("start", SearchParamType.Date),
                        ("status", SearchParamType.Token)), SlotEndpoints.ScheduleOfSlot),
                    Including(WithBook(Resource(ResourceType.Appointment,
                        [
                            TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType, TypeRestfulInteraction.Patch,
                            TypeRestfulInteraction.Update,
                        ],
                        ("_id", SearchParamType.Token), ("date", SearchParamType.Date), ("actor", SearchParamType.Reference),
                        ("status", SearchParamType.Token))), AppointmentEndpoints.SlotOfAppointment),
                ],
                SearchParam = [.. Common()],
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
            .. search.Select(s => new CapabilityStatement.SearchParamComponent
            {
                Name = s.Name, Type = s.Type,
                Definition = $"http://hl7.org/fhir/SearchParameter/{(s.Name == "_id" ? "Resource" : type.ToString())}-{s.Name.TrimStart('_')}",
            }),
            .. Common(),
        ],
        UpdateCreate = false,
    };

    /// <summary>
    /// The result parameters every search takes (FHIR R4 §3.1.1.5), named on each resource and on the whole server, with
    /// the default and maximum page size.
    /// </summary>
    private static IEnumerable<CapabilityStatement.SearchParamComponent> Common() =>
    [
        Parameter(FhirPaging.Count, SearchParamType.Number,
            $"Entries a page: default {FhirPaging.MaxCount}, maximum {FhirPaging.MaxCount} (a larger value is served as the maximum); "
            + "the Bundle links first, previous, next and last."),
        Parameter(FhirPaging.Offset, SearchParamType.Number, $"The first entry of a page, 0 to {FhirPaging.MaxOffset}; used by the links."),
        Parameter(FhirShape.Total, SearchParamType.Token, "none, estimate or accurate (default): whether Bundle.total is given."),
        Parameter(FhirShape.SummaryParameter, SearchParamType.Token, "count (Bundle.total alone), true, text, data or false."),
        Parameter(FhirShape.ElementsParameter, SearchParamType.String,
            "Top-level elements to return (comma-separated); mandatory ones always come, entries are tagged SUBSETTED."),
        Parameter(FhirSearch.Format, SearchParamType.String, "json or xml (or their media types); overrides Accept."),
    ];

    private static CapabilityStatement.SearchParamComponent Parameter(string name, SearchParamType type, string documentation) =>
        new() { Name = name, Type = type, Documentation = new Markdown(documentation) };

    private static ResourceComponent Including(ResourceComponent resource, string inclusion)
    {
        var (kind, value) = (inclusion.Split('=')[0], inclusion.Split('=', 2)[1]);
        if (kind == FhirSearch.Include)
        {
            resource.SearchInclude = [value];
        }
        else
        {
            resource.SearchRevInclude = [value];
        }
        return resource;
    }

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
