using Lebenswelten.Core.Network;
using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using static Lebenswelten.Web.Features.Network.NetworkApi;

namespace Lebenswelten.Web.Features.Network;

/// <summary>Meetings, their tasks and the network's documents: for the network's members; changes by its coordinators.</summary>
internal static class MeetingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var networks = app.MapGroup("/api/networks/{id:guid}").WithTags("Network").RequireAuthorization();
        networks.MapGet("/meetings", ListAsync).WithName("ListMeetings").WithSummary("The network's meetings, latest first (members).");
        networks.MapPost("/meetings", CreateAsync).WithName("CreateMeeting")
            .WithSummary("A meeting with date, place or video link and agenda (coordinators).");
        networks.MapPost("/documents", DocumentEndpoints.ToNetworkAsync).WithName("UploadNetworkDocument").DisableAntiforgery()
            .WithSummary("A document for the network's members (multipart: title, file; type found by content).");
        var meetings = app.MapGroup("/api/meetings/{id:guid}").WithTags("Network").RequireAuthorization();
        meetings.MapGet("", GetAsync).WithName("GetMeeting")
            .WithSummary("Agenda, minutes, decisions, invitations with attendance, tasks, documents (members; audited).");
        meetings.MapPut("/minutes", MinutesAsync).WithName("SaveMeetingMinutes").WithSummary("The minutes in Markdown (coordinators).");
        meetings.MapPost("/invite", InviteAsync).WithName("InviteToMeeting")
            .WithSummary("Mails every contact of the members not yet invited, with the meeting as .ics (coordinators).");
        meetings.MapPost("/tasks", AddTaskAsync).WithName("AddMeetingTask")
            .WithSummary("A task with an owner (a contact of a member) and a due date (coordinators).");
        meetings.MapPost("/documents", DocumentEndpoints.ToMeetingAsync).WithName("UploadMeetingDocument").DisableAntiforgery()
            .WithSummary("A document for the meeting (multipart: title, file).");
        app.MapPost("/api/tasks/{id:guid}/complete", CompleteAsync).WithTags("Network").WithName("CompleteTask").RequireAuthorization()
            .WithSummary("Ticks a task off (members).");
        app.MapGet("/api/sites/{site}/tasks", OpenTasksAsync).WithTags("Network").WithName("ListOpenTasks")
            .RequireAuthorization(Policies.SiteStaff).WithSummary("Open tasks of one's networks at the site, overdue first.");
        app.MapGet("/api/documents/{id:guid}", DocumentEndpoints.DownloadAsync).WithTags("Network").WithName("DownloadDocument")
            .RequireAuthorization().WithSummary("The file, for those who may see what it is attached to.");
    }

    private static async Task<Results<Ok<List<MeetingSummaryDto>>, ProblemHttpResult>> ListAsync(Guid id, Meetings meetings,
        HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await meetings.ListAsync(id, http.User.UserId(), ct), list => list.Select(MeetingSummaryDto.From).ToList(), text);

    private static async Task<Results<Created<MeetingSummaryDto>, ProblemHttpResult>> CreateAsync(Guid id, MeetingBody body,
        Meetings meetings, HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        var outcome = await meetings.CreateAsync(id, body.Draft(), http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Created($"/api/meetings/{outcome.Value!.Id}", MeetingSummaryDto.From(outcome.Value));
    }

    private static async Task<Results<Ok<MeetingDto>, ProblemHttpResult>> GetAsync(Guid id, Meetings meetings, HttpContext http,
        TimeProvider clock, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await meetings.FindAsync(id, http.AuditActor(), ct), v => MeetingDto.From(v, BerlinTime.LocalDate(clock.GetUtcNow())), text);

    private static async Task<Results<Ok<MeetingSummaryDto>, ProblemHttpResult>> MinutesAsync(Guid id, MinutesBody body, Meetings meetings,
        HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await meetings.SaveMinutesAsync(id, body.Minutes, http.AuditActor(), ct), MeetingSummaryDto.From, text);

    private static async Task<Results<Ok<InvitedDto>, ProblemHttpResult>> InviteAsync(Guid id, MeetingInvitations invitations,
        HttpContext http, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await invitations.SendAsync(id, http.AuditActor(), ct), count => new InvitedDto(count), text);

    private static async Task<Results<Ok<TaskDto>, ProblemHttpResult>> AddTaskAsync(Guid id, TaskBody body, ActionItems tasks,
        HttpContext http, TimeProvider clock, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await tasks.AddAsync(id, body.Draft(), http.AuditActor(), ct), t => TaskDto.From(t, BerlinTime.LocalDate(clock.GetUtcNow())),
            text);

    private static async Task<Results<Ok<TaskDto>, ProblemHttpResult>> CompleteAsync(Guid id, ActionItems tasks, HttpContext http,
        TimeProvider clock, IStringLocalizer<NetworkResource> text, CancellationToken ct) =>
        Answer(await tasks.CompleteAsync(id, http.AuditActor(), ct), t => TaskDto.From(t, BerlinTime.LocalDate(clock.GetUtcNow())), text);

    private static async Task<Results<Ok<List<TaskDto>>, ProblemHttpResult>> OpenTasksAsync(string site, bool? overdue, SiteDirectory sites,
        ActionItems tasks, HttpContext http, TimeProvider clock, IStringLocalizer<NetworkResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var today = BerlinTime.LocalDate(clock.GetUtcNow());
        return Answer(await tasks.OpenAsync(found.Id, http.User.UserId(), overdue ?? false, ct),
            list => list.Select(v => TaskDto.From(v.Task, today)).ToList(), text);
    }
}

public sealed record InvitedDto(int Invited);
