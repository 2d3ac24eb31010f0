using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// The practice software calling /fhir: a bearer token of a person holding the Practice role at some site (second
/// factor done, as for every staff policy). The login's claims only open the door; which practice organisations the
/// caller acts for is read from the role table on every request (<see cref="TelemedicineAccess"/>), so a role taken
/// away counts at once, and everything answered is limited to those practices.
/// </summary>
public sealed class FhirCaller(IHttpContextAccessor http, TelemedicineAccess access, PublicAddress address,
    IStringLocalizer<FhirResource> text)
{
    public const string Policy = "fhir-practice";

    private List<Guid>? practices;

    public IStringLocalizer Text => text;

    public AuditActor Actor => Context.AuditActor();

    /// <summary>
    /// The absolute base of this FHIR server, e.g. https://lebenswelten.example/fhir: from the configured public address,
    /// never from the Host header, which the client chooses (fullUrl, Location and links would point wherever it said).
    /// </summary>
    public string BaseUrl => address.Link("/fhir");

    /// <summary>The request's own address (a bundle's self link): its path and query on the public address.</summary>
    public string RequestUrl => address.Link($"{Context.Request.Path}{Context.Request.QueryString}");

    public async Task<IReadOnlyList<Guid>> PracticesAsync(CancellationToken ct) =>
        practices ??= Context.User.UserId() is { } userId ? await access.PracticesOfAsync(userId, ct) : [];

    public async Task<bool> ActsForAsync(Guid practiceOrganisationId, CancellationToken ct) =>
        (await PracticesAsync(ct)).Contains(practiceOrganisationId);

    internal HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("No request.");

    internal static void AddPolicy(AuthorizationOptions options) =>
        options.AddPolicy(Policy, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.SiteRoles().Any(r => r.Role == SiteRole.Practice)));
}
