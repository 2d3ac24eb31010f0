using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lebenswelten.Web.Features.Shared.Api;

/// <summary>
/// What /openapi/v1.json says besides the endpoints themselves, so that a client can be generated from it and the
/// document lints clean with @redocly/cli's recommended rules (scripts/lint-openapi.sh): the AGPL licence, the server
/// from PublicBaseUrl, the bearer scheme, a description for every tag, and per operation who may call it
/// (<see cref="OpenApiErrors"/> adds the problem+json answers). FHIR under /fhir describes itself (/fhir/metadata).
/// </summary>
public static class OpenApiDescription
{
    public const string Bearer = "bearer";

    /// <summary>Every tag an endpoint uses; a new tag without a description fails OpenApiDocumentTests.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>
    {
        ["Account"] = "Log in for a bearer token (e-mail, password and, for staff, a TOTP code), refresh it, log out everywhere.",
        ["Administration"] = "Accounts and roles across sites, for administrators.",
        ["Evaluation"] = "Reach, equity and consultations of a site and across sites: aggregates only, under 5 held back, others rounded to fives.",
        ["Funding"] = "Funding programmes, applications and budgets of health-promotion projects.",
        ["Needs"] = "District indicators and needs of a site; small figures are held back (below 5).",
        ["Network"] = "A site's network: organisations, contacts, meetings, working groups and agreements.",
        ["Offerings"] = "The public catalogue of health-promotion offerings and their editing by providers.",
        ["Open data"] = "The public catalogue as open data: HSDS 3.1, iCal subscription, CSV.",
        ["Partnerships"] = "Health partnerships between the site and insurers.",
        ["Privacy"] = "The caller's own data: export, access log, consents, erasure.",
        ["Projects"] = "Health-promotion projects of a site, from application to evaluation.",
        ["Referrals"] = "Referrals and vouchers (for example from the jobcentre) that a person redeems for an offering.",
        ["Registrations"] = "Registering for an offering (with an account or as a guest), one's own registrations, cancelling.",
        ["Sites"] = "Sites (cities, districts) and their members.",
        ["Telemedicine"] = "The telemedicine room: consultation hours, slots, booking and appointments.",
        ["Surveys"] = "Surveys of residents: built by coordinators and housing companies, answered without an account, results under 5 held back and rounded to fives.",
        ["Workspace"] = "The caller's start page: per site and role what needs attention, each item with the page it links to.",
        ["Health goals"] = "A site's health goals and their indicators.",
        ["Ideas"] = "Ideas from residents: proposals, moderation, support once per person, answers, and \"you said, we did\".",
    };

    public static void Describe(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, context, _) =>
        {
            var address = context.ApplicationServices.GetRequiredService<PublicAddress>();
            document.Info.Title = "Lebenswelten API";
            document.Info.Description = "The JSON API of Lebenswelten, a platform for health promotion in settings (§ 20a SGB V). "
                + "Conventions: docs/dev/api-conventions.md; errors are application/problem+json with a stable `code`. "
                + "FHIR R4 for practice software is at /fhir (its CapabilityStatement at /fhir/metadata).";
            document.Info.License = new OpenApiLicense
            {
                Name = "GNU Affero General Public License v3.0 or later",
                Identifier = "AGPL-3.0-or-later",
            };
            document.Servers = [new OpenApiServer { Url = address.Base, Description = "This installation (PublicBaseUrl)" }];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "accessToken from POST /api/account/login (30 minutes; POST /api/account/refresh renews it).",
            };
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[OpenApiErrors.Problem] = OpenApiErrors.Schema();
            // Its validation variant is no longer referenced: every 4xx answer names the one problem schema.
            document.Components.Schemas.Remove("HttpValidationProblemDetails");
            var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
                .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).Distinct();
            document.Tags = new HashSet<OpenApiTag>(used.OrderBy(t => t).Select(t => new OpenApiTag
            {
                Name = t, Description = Tags.GetValueOrDefault(t ?? ""),
            }));
            return Task.CompletedTask;
        });
        // The framework writes an enum as its values alone; generators then take it for numbers. Ours are camelCase strings.
        options.AddSchemaTransformer((schema, _, _) =>
        {
            if (schema.Enum is { Count: > 0 } values && schema.Type is null
                && values.All(v => v?.GetValueKind() == System.Text.Json.JsonValueKind.String))
            {
                schema.Type = JsonSchemaType.String;
            }
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var open = metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
            // Public operations say so with an empty requirement; all others need the bearer token (the fallback policy
            // requires an authenticated user, so an endpoint without metadata is not public either).
            operation.Security = open ? [] :
                [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] }];
            OpenApiErrors.Add(operation, context, open);
            OpenApiExamples.Add(operation, context.Description.HttpMethod ?? "", "/" + context.Description.RelativePath);
            return Task.CompletedTask;
        });
    }

    internal static JsonNode Json(string text) => JsonNode.Parse(text)!;
}
