using Lebenswelten.Core.Network;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Network;

/// <summary>
/// A site's networks, their members and the open call (docs/en/network.md). The route's policy lets the site's staff in;
/// the domain (NetworkAccess) decides the rest: another site's network answers 404, a change by a non-coordinator 403.
/// </summary>
public static class NetworkApi
{
    public static void MapNetworkApi(this IEndpointRouteBuilder app)
    {
        var sites = app.MapGroup("/api/sites/{site}").WithTags("Network");
        sites.MapGet("/networks", ListAsync).WithName("ListNetworks").RequireAuthorization(Policies.SiteStaff)
            .WithSummary("The site's networks with their number of members and working groups.");
        sites.MapPost("/networks", CreateAsync).WithName("CreateNetwork").RequireAuthorization(Policies.SiteCoordinator)
            .WithSummary("A new network of the site (coordinators).");
        var networks = app.MapGroup("/api/networks/{id:guid}").WithTags("Network").RequireAuthorization();
        networks.MapGet("", GetAsync).WithName("GetNetwork").WithSummary("One network: members with role and join date, working groups.");
        networks.MapPut("", UpdateAsync).WithName("UpdateNetwork").WithSummary("Name, description and open call (coordinators).");
        networks.MapPost("/members", AddMemberAsync).WithName("AddNetworkMember")
            .WithSummary("An organisation of the site joins with a role (coordinators).");
        networks.MapPost("/applications", ApplyAsync).WithName("ApplyToNetwork").AllowAnonymous()
            .WithSummary("An organisation asks to join a network with an open call; its contact consents to be contacted.");
        networks.MapGet("/applications", ApplicationsAsync).WithName("ListNetworkApplications")
            .WithSummary("The requests to join, open first (coordinators; audited: they name people).");
        var applications = app.MapGroup("/api/applications/{id:guid}").WithTags("Network").RequireAuthorization();
        applications.MapPost("/accept", AcceptAsync).WithName("AcceptNetworkApplication")
            .WithSummary("The organisation joins (created if new), the applicant becomes its contact and hears by mail.");
        applications.MapPost("/decline", DeclineAsync).WithName("DeclineNetworkApplication")
            .WithSummary("The request is declined; the applicant hears by mail.");
        OrganisationEndpoints.Map(app);
        MeetingEndpoints.Map(app);
        PartnershipEndpoints.Map(app);
        SiteFoundingEndpoints.Map(app);
    }

    private static async Task<Results<Ok<List<NetworkSummaryDto>>, ProblemHttpResult>> ListAsync(string site, SiteDirectory sites,
        Networks networks, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var outcome = await networks.ListAsync(found.Id, http.User.UserId(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Ok(outcome.Value!.Select(NetworkSummaryDto.From).ToList());
    }

    private static async Task<Results<Created<NetworkDto>, ProblemHttpResult>> CreateAsync(string site, NetworkBody body,
        SiteDirectory sites, Networks networks, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var outcome = await networks.CreateAsync(found.Id, body.Draft(), http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Created($"/api/networks/{outcome.Value!.Id}", NetworkDto.Of(outcome.Value));
    }

    private static async Task<Results<Ok<NetworkDto>, ProblemHttpResult>> GetAsync(Guid id, Networks networks, HttpContext http,
        IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await networks.FindAsync(id, http.User.UserId(), ct), NetworkDto.From, text);

    private static async Task<Results<Ok<NetworkDto>, ProblemHttpResult>> UpdateAsync(Guid id, NetworkBody body, Networks networks,
        HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await networks.UpdateAsync(id, body.Draft(), http.AuditActor(), ct), NetworkDto.Of, text);

    private static async Task<Results<Ok<MemberDto>, ProblemHttpResult>> AddMemberAsync(Guid id, MemberBody body, Networks networks,
        HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        var outcome = await networks.AddMemberAsync(id, body.Draft(), http.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        var view = await networks.FindAsync(id, http.User.UserId(), ct);
        return TypedResults.Ok(NetworkDto.From(view.Value!).Members.Single(m => m.OrganisationId == outcome.Value!.OrganisationId));
    }

    private static async Task<Results<Created<ApplicationReceiptDto>, ProblemHttpResult>> ApplyAsync(Guid id, ApplicationBody body,
        OpenCall openCall, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        var outcome = await openCall.ApplyAsync(id, body.Draft(), http.User.UserId(), Localization.MailLanguage(null), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Created((string?)null, new ApplicationReceiptDto(outcome.Value!.Id, outcome.Value.Status));
    }

    private static async Task<Results<Ok<List<ApplicationDto>>, ProblemHttpResult>> ApplicationsAsync(Guid id, OpenCall openCall,
        HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await openCall.ListAsync(id, http.AuditActor(), ct), list => list.Select(ApplicationDto.From).ToList(), text);

    private static async Task<Results<Ok<ApplicationDto>, ProblemHttpResult>> AcceptAsync(Guid id, AcceptBody body, OpenCall openCall,
        HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await openCall.AcceptAsync(id, body.Draft(), http.AuditActor(), ct), ApplicationDto.From, text);

    private static async Task<Results<Ok<ApplicationDto>, ProblemHttpResult>> DeclineAsync(Guid id, OpenCall openCall, HttpContext http,
        IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await openCall.DeclineAsync(id, http.AuditActor(), ct), ApplicationDto.From, text);

    internal static Results<Ok<TDto>, ProblemHttpResult> Answer<T, TDto>(Outcome<T> outcome, Func<T, TDto> map, IStringLocalizer text) =>
        outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.Ok(map(outcome.Value!));
}
