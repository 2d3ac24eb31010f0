using System.Text.Json;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>What the registration endpoint needs, bundled (eShop's [AsParameters] services).</summary>
public sealed record RegisterServices(
    HttpContext Context,
    RegistrationService Registrations,
    UserManager<AppUser> Users,
    IMessageLinks Links,
    IStringLocalizer<OfferingsResource> Text,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> Json,
    LinkGenerator Paths);

/// <summary>
/// The registration body is optional (account holders need none), so it is read here instead of bound: a bound
/// JSON body makes routing require a JSON content type, and the catch-all 404 route would then answer
/// body-less requests and wrong content types alike with 404 instead of reaching this endpoint.
/// </summary>
internal static class RegisterBody
{
    public static async Task<(RegisterRequest? Body, ProblemHttpResult? Refusal)> ReadAsync(RegisterServices services, CancellationToken ct)
    {
        var request = services.Context.Request;
        if (services.Context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true)
        {
            return (null, null);
        }
        if (!request.HasJsonContentType())
        {
            return (null, Refuse(services, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType"));
        }
        try
        {
            return (await request.ReadFromJsonAsync<RegisterRequest>(services.Json.Value.SerializerOptions, ct), null);
        }
        catch (JsonException)
        {
            return (null, Refuse(services, StatusCodes.Status400BadRequest, "MalformedJson"));
        }
    }

    private static ProblemHttpResult Refuse(RegisterServices services, int status, string code) =>
        DomainProblem.Unprocessable(code).ToProblem(services.Text, status);
}
