using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Network;

public sealed record TaskDraft(string? Title, Guid? OwnerContactId, DateOnly? DueOn);

/// <summary>A task with the network it belongs to, as the task list shows it.</summary>
public sealed record TaskView(ActionItem Task, string NetworkName, string? MeetingTitle, bool IsOverdue);

/// <summary>
/// Tasks from meetings: the coordinators give one to a contact person of a member organisation with a due date; any
/// member ticks it off. Overdue ones are listed first and reminded by <see cref="TaskReminders"/>.
/// </summary>
public sealed class ActionItems(LebensweltenDbContext db, NetworkAccess access, NetworkLookup lookup, Meetings meetings, AuditLog audit,
    TimeProvider clock)
{
    public async Task<Outcome<ActionItem>> AddAsync(Guid meetingId, TaskDraft draft, AuditActor actor, CancellationToken ct)
    {
        var found = await meetings.ManagedAsync(meetingId, actor.UserId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var (meeting, _) = found.Value;
        var errors = new FieldErrors();
        NetworkRules.Text(errors, nameof(draft.Title), draft.Title, 300, required: true);
        errors.AddIf(draft.DueOn is null, nameof(draft.DueOn), "Required");
        errors.AddIf(draft.OwnerContactId is null, nameof(draft.OwnerContactId), "Required");
        // The owner is someone of the network: a contact person of one of its member organisations.
        errors.AddIf(draft.OwnerContactId is { } owner && !await db.ContactPersons.AnyAsync(c => c.Id == owner
                && db.NetworkMemberships.Any(m => m.NetworkId == meeting.NetworkId && m.OrganisationId == c.OrganisationId), ct),
            nameof(draft.OwnerContactId), "NotMember");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var task = new ActionItem
        {
            SiteId = meeting.SiteId, NetworkId = meeting.NetworkId, MeetingId = meetingId, Title = draft.Title!.Trim(),
            OwnerContactId = draft.OwnerContactId, DueOn = draft.DueOn!.Value, CreatedAt = clock.GetUtcNow(),
        };
        db.ActionItems.Add(task);
        audit.Record(actor, AuditAction.Create, "Task", task.Id.ToString(), meeting.SiteId);
        await db.SaveChangesAsync(ct);
        return task;
    }

    public async Task<Outcome<ActionItem>> CompleteAsync(Guid taskId, AuditActor actor, CancellationToken ct)
    {
        if (await db.ActionItems.FirstOrDefaultAsync(t => t.Id == taskId, ct) is not { } task
            || (await lookup.MemberAsync(task.NetworkId, actor.UserId, ct)).Problem is not null)
        {
            return DomainProblem.NotFound("Task.NotFound");
        }
        var now = clock.GetUtcNow();
        // Ticked off once, even when two members press at once.
        if (await db.ActionItems.Where(t => t.Id == taskId && t.CompletedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.CompletedAt, now), ct) == 0)
        {
            return DomainProblem.Conflict("Task.Done");
        }
        task.CompletedAt = now;
        return task;
    }

    /// <summary>The open tasks of the networks the person belongs to at the site (coordinators: all), overdue first.</summary>
    public async Task<Outcome<IReadOnlyList<TaskView>>> OpenAsync(Guid siteId, string? userId, bool overdueOnly, CancellationToken ct)
    {
        var actor = await access.ActorAsync(userId, siteId, ct);
        if (!actor.IsStaff)
        {
            return DomainProblem.Forbidden("Network.Forbidden");
        }
        var today = BerlinTime.LocalDate(clock.GetUtcNow());
        var rows = await db.ActionItems.AsNoTracking().Include(t => t.OwnerContact)
            .Where(t => t.SiteId == siteId && t.CompletedAt == null && (!overdueOnly || t.DueOn < today)
                && (actor.IsCoordinator || db.NetworkMemberships.Any(m => m.NetworkId == t.NetworkId
                    && actor.Organisations.Contains(m.OrganisationId))))
            .Join(db.HealthNetworks, t => t.NetworkId, n => n.Id, (t, n) => new
            {
                Task = t, Network = n.Name, Meeting = db.Meetings.Where(m => m.Id == t.MeetingId).Select(m => m.Title).FirstOrDefault(),
            })
            .OrderBy(r => r.Task.DueOn).ToListAsync(ct);
        return rows.Select(r => new TaskView(r.Task, r.Network, r.Meeting, r.Task.IsOverdue(today))).ToList();
    }
}
