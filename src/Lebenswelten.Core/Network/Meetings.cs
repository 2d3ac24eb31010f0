using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Network;

public sealed record MeetingDraft(string? Title, DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Place = null,
    string? VideoLink = null, IReadOnlyList<string>? Agenda = null, Guid? WorkingGroupId = null);

/// <summary>A meeting as its network's members see it: invitations and attendance, decisions, tasks and documents.</summary>
public sealed record MeetingView(Meeting Meeting, NetworkContext Context, IReadOnlyList<MeetingInvitation> Invitations,
    IReadOnlyList<ActionItem> Tasks, IReadOnlyList<NetworkDocument> Documents, string? WorkingGroup);

/// <summary>
/// Meetings of a network or a working group: the coordinators plan them, write the minutes (Markdown, shown sanitised)
/// and the decisions, and record who came; the members see them. Who was invited and who came is personal data: every
/// read of a meeting by staff is audited.
/// </summary>
public sealed class Meetings(LebensweltenDbContext db, NetworkLookup lookup, AuditLog audit, TimeProvider clock)
{
    public const string AuditKind = "Network.Meeting";
    public const int MaxAgendaItems = 30;
    public const int MaxItemLength = 500;

    public async Task<Outcome<IReadOnlyList<Meeting>>> ListAsync(Guid networkId, string? userId, CancellationToken ct)
    {
        var found = await lookup.MemberAsync(networkId, userId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        return await db.Meetings.AsNoTracking().Where(m => m.NetworkId == networkId).OrderByDescending(m => m.StartsAt).ToListAsync(ct);
    }

    public async Task<Outcome<MeetingView>> FindAsync(Guid meetingId, AuditActor actor, CancellationToken ct)
    {
        var found = await MemberAsync(meetingId, actor.UserId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var (meeting, context) = found.Value;
        var invitations = await db.MeetingInvitations.AsNoTracking().Include(i => i.ContactPerson)
            .Where(i => i.MeetingId == meetingId).OrderBy(i => i.ContactPerson!.Name).ToListAsync(ct);
        var tasks = await db.ActionItems.AsNoTracking().Include(t => t.OwnerContact)
            .Where(t => t.MeetingId == meetingId).OrderBy(t => t.DueOn).ToListAsync(ct);
        var documents = await db.NetworkDocuments.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.Title).ToListAsync(ct);
        var group = meeting.WorkingGroupId is { } id ? await db.WorkingGroups.Where(g => g.Id == id).Select(g =>
            g.Name).FirstOrDefaultAsync(ct) : null;
        await audit.RecordReadAsync(actor, AuditKind, meetingId.ToString(), meeting.SiteId, ct,
            [.. invitations.Select(i => i.ContactPerson?.UserId), .. tasks.Select(t => t.OwnerContact?.UserId)]);
        return new MeetingView(meeting, context, invitations, tasks, documents, group);
    }

    public async Task<Outcome<Meeting>> CreateAsync(Guid networkId, MeetingDraft draft, AuditActor actor, CancellationToken ct)
    {
        var found = await lookup.ManagedAsync(networkId, actor.UserId, ct);
        if (found.Value is not { } context)
        {
            return found.Problem!;
        }
        var errors = Validate(draft);
        errors.AddIf(draft.WorkingGroupId is { } group && !await db.WorkingGroups.AnyAsync(g => g.Id == group && g.NetworkId ==
            networkId, ct),
            nameof(draft.WorkingGroupId), "Unknown");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var meeting = new Meeting
        {
            SiteId = context.Network.SiteId, NetworkId = networkId, WorkingGroupId = draft.WorkingGroupId, Title = draft.Title!.Trim(),
            StartsAt = BerlinTime.ToUtc(draft.Date!.Value, draft.Start!.Value), EndsAt = BerlinTime.ToUtc(draft.Date.Value,
                draft.End!.Value),
            Place = NetworkRules.Clean(draft.Place), VideoLink = NetworkRules.Clean(draft.VideoLink),
            Agenda = [.. (draft.Agenda ?? []).Select(NetworkRules.Clean).OfType<string>()], CreatedAt = clock.GetUtcNow(),
        };
        db.Meetings.Add(meeting);
        audit.Record(actor, AuditAction.Create, "Meeting", meeting.Id.ToString(), meeting.SiteId);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public Task<Outcome<Meeting>> SaveMinutesAsync(Guid meetingId, string? minutes, AuditActor actor, CancellationToken ct) =>
        ChangeAsync(meetingId, actor, ct, meeting =>
        {
            if (minutes?.Length > Meeting.MaxMinutesLength)
            {
                return DomainProblem.Field("Minutes", "TooLong");
            }
            meeting.Minutes = NetworkRules.Clean(minutes);
            return null;
        });

    public Task<Outcome<Meeting>> AddDecisionAsync(Guid meetingId, string? decision, AuditActor actor, CancellationToken ct) =>
        ChangeAsync(meetingId, actor, ct, meeting =>
        {
            var errors = new FieldErrors();
            NetworkRules.Text(errors, "Decision", decision, MaxItemLength, required: true);
            errors.AddIf(meeting.Decisions.Count >= MaxAgendaItems, "Decision", "TooMany");
            if (errors.Any)
            {
                return errors.ToProblem();
            }
            meeting.Decisions = [.. meeting.Decisions, decision!.Trim()];
            return null;
        });

    /// <summary>Who came: the invitations named are present, every other invitation of the meeting is not.</summary>
    public async Task<Outcome<Meeting>> RecordAttendanceAsync(Guid meetingId, IReadOnlyList<Guid>? present, AuditActor actor,
        CancellationToken ct)
    {
        var invitations = await db.MeetingInvitations.Where(i => i.MeetingId == meetingId).ToListAsync(ct);
        return await ChangeAsync(meetingId, actor, ct, meeting =>
        {
            if (present is null)
            {
                return DomainProblem.Field("Present", "Required");
            }
            if (present.Any(id => invitations.All(i => i.Id != id)))
            {
                return DomainProblem.Field("Present", "Unknown");
            }
            if (meeting.StartsAt > clock.GetUtcNow())
            {
                return DomainProblem.Conflict("Meeting.NotYetHeld");
            }
            foreach (var invitation in invitations)
            {
                invitation.Attended = present.Contains(invitation.Id);
            }
            return null;
        });
    }

    /// <summary>The meeting, for its network's members; anyone else does not find it.</summary>
    public async Task<Outcome<(Meeting, NetworkContext)>> MemberAsync(Guid meetingId, string? userId, CancellationToken ct)
    {
        if (await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct) is not { } meeting)
        {
            return DomainProblem.NotFound("Meeting.NotFound");
        }
        var found = await lookup.MemberAsync(meeting.NetworkId, userId, ct);
        return found.Value is { } context ? (meeting, context) : DomainProblem.NotFound("Meeting.NotFound");
    }

    /// <summary>The meeting for a change by its site's coordinators: members who do not manage get 403, anyone else 404.</summary>
    public async Task<Outcome<(Meeting, NetworkContext)>> ManagedAsync(Guid meetingId, string? userId, CancellationToken ct)
    {
        var found = await MemberAsync(meetingId, userId, ct);
        return found.Value is { Item2.CanManage: false } ? DomainProblem.Forbidden("Meeting.Forbidden") : found;
    }

    private async Task<Outcome<Meeting>> ChangeAsync(Guid meetingId, AuditActor actor, CancellationToken ct, Func<Meeting,
        DomainProblem?> change)
    {
        var found = await ManagedAsync(meetingId, actor.UserId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, ct);
        if (change(meeting) is { } refused)
        {
            return refused;
        }
        audit.Record(actor, AuditAction.Change, "Meeting", meeting.Id.ToString(), meeting.SiteId);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    private static FieldErrors Validate(MeetingDraft draft)
    {
        var errors = new FieldErrors();
        NetworkRules.Text(errors, nameof(draft.Title), draft.Title, 200, required: true);
        errors.AddIf(draft.Date is null, nameof(draft.Date), "Required");
        errors.AddIf(draft.Start is null, nameof(draft.Start), "Required");
        errors.AddIf(draft.End is null, nameof(draft.End), "Required");
        errors.AddIf(draft.Start is { } start && draft.End is { } end && end <= start, nameof(draft.End), "EndBeforeStart");
        NetworkRules.Text(errors, nameof(draft.Place), draft.Place, 300);
        NetworkRules.Link(errors, nameof(draft.VideoLink), draft.VideoLink, httpsOnly: true);
        // Somewhere to go: a room, a video link, or both.
        errors.AddIf(TypedText.TrimmedOrNull(draft.Place) is null && TypedText.TrimmedOrNull(draft.VideoLink) is null,
            nameof(draft.Place), "Required");
        var agenda = draft.Agenda ?? [];
        errors.AddIf(agenda.Count > MaxAgendaItems, nameof(draft.Agenda), "TooMany");
        errors.AddIf(agenda.Any(item => item?.Trim().Length > MaxItemLength), nameof(draft.Agenda), "TooLong");
        return errors;
    }
}
