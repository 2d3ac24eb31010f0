using Lebenswelten.Core.Network;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Network;

/// <summary>
/// Organisation profiles (the list is Sites' public one) and their contact persons, and a network's working groups. The
/// site's staff read profiles; the coordinators add organisations, an organisation's own people and the coordinators edit
/// it (OrganisationProfiles); contacts only for members of a network the organisation belongs to, every read audited.
/// </summary>
internal static class OrganisationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var sites = app.MapGroup("/api/sites/{site}").WithTags("Network");
        sites.MapPost("/organisations", CreateAsync).WithName("CreateOrganisation").RequireAuthorization(Policies.SiteCoordinator)
            .WithSummary("A new organisation of the site (coordinators).");
        var organisations = app.MapGroup("/api/organisations/{id:guid}").WithTags("Network").RequireAuthorization();
        organisations.MapGet("", GetAsync).WithName("GetOrganisation")
            .WithSummary("A profile: kind, fields of work, target groups, districts served, website, networks.");
        organisations.MapPut("", UpdateAsync).WithName("UpdateOrganisation")
            .WithSummary("Changes the profile (the site's coordinators and the organisation's own people).");
        organisations.MapGet("/contacts", ContactsAsync).WithName("ListOrganisationContacts")
            .WithSummary("Its contact persons, for members of a network it belongs to (audited).");
        organisations.MapPost("/contacts", AddContactAsync).WithName("AddOrganisationContact")
            .WithSummary("Adds a contact person with their recorded consent (its editors).");
        app.MapDelete("/api/contacts/{id:guid}", RemoveContactAsync).WithTags("Network").WithName("RemoveContact").RequireAuthorization()
            .WithSummary("Takes a contact person off the list (its editors, or the person).");
        app.MapPost("/api/networks/{id:guid}/working-groups", CreateWorkingGroupAsync).WithTags("Network").WithName("CreateWorkingGroup")
            .RequireAuthorization().WithSummary("A working group inside the network, with a mandate and members from it (coordinators).");
    }

    private static async Task<Results<Created<OrganisationSummaryDto>, ProblemHttpResult>> CreateAsync(string site, OrganisationBody body,
        SiteDirectory sites, OrganisationProfiles profiles, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var outcome = await profiles.CreateAsync(found.Id, body.Draft(), http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Created($"/api/organisations/{outcome.Value!.Id}", OrganisationSummaryDto.Of(outcome.Value));
    }

    private static async Task<Results<Ok<OrganisationDto>, ProblemHttpResult>> GetAsync(Guid id, OrganisationProfiles profiles,
        HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        NetworkApi.Answer(await profiles.FindAsync(id, http.User.UserId(), ct), OrganisationDto.From, text);

    private static async Task<Results<Ok<OrganisationDto>, ProblemHttpResult>> UpdateAsync(Guid id, OrganisationBody body,
        OrganisationProfiles profiles, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        var outcome = await profiles.UpdateAsync(id, body.Draft(), http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : NetworkApi.Answer(await profiles.FindAsync(id, http.User.UserId(), ct), OrganisationDto.From, text);
    }

    private static async Task<Results<Ok<List<ContactDto>>, ProblemHttpResult>> ContactsAsync(Guid id, ContactPersons contacts,
        HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        NetworkApi.Answer(await contacts.ListAsync(id, http.AuditActor(), ct), list => list.Select(ContactDto.Of).ToList(), text);

    private static async Task<Results<Created<ContactDto>, ProblemHttpResult>> AddContactAsync(Guid id, ContactBody body,
        ContactPersons contacts, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        var outcome = await contacts.AddAsync(id, body.Draft(), http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.Created((string?)null, ContactDto.Of(outcome.Value!));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveContactAsync(Guid id, ContactPersons contacts, HttpContext http,
        IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        (await contacts.RemoveAsync(id, http.AuditActor(), ct)).Problem is { } problem ? problem.ToProblem(text) : TypedResults.NoContent();

    private static async Task<Results<Created<WorkingGroupDto>, ProblemHttpResult>> CreateWorkingGroupAsync(Guid id, WorkingGroupBody body,
        WorkingGroups groups, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        var outcome = await groups.CreateAsync(id, body.Draft(), http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.Created((string?)null, WorkingGroupDto.Of(outcome.Value!));
    }
}
