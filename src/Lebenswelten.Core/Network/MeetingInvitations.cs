using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Network;

/// <summary>An invitation as its invitee sees it through the mailed link.</summary>
public sealed record OpenInvitation(MeetingInvitation Invitation, Meeting Meeting, string NetworkName, string? InviteeName);

/// <summary>
/// Invitations by e-mail with the meeting as a calendar file: to every contact person (with an address) of the
/// network's member organisations, or of the working group's. Each answers by a personal link whose secret only the
/// mail carries (stored hashed), without an account.
/// </summary>
public sealed class MeetingInvitations(LebensweltenDbContext db, Meetings meetings, NetworkMails mails, AuditLog audit, TimeProvider clock)
{
    /// <returns>How many were invited now; those invited before are not invited twice.</returns>
    public async Task<Outcome<int>> SendAsync(Guid meetingId, AuditActor actor, CancellationToken ct)
    {
        var found = await meetings.ManagedAsync(meetingId, actor.UserId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var (meeting, context) = found.Value;
        var now = clock.GetUtcNow();
        if (meeting.EndsAt <= now)
        {
            return DomainProblem.Conflict("Meeting.Past");
        }
        var organisations = meeting.WorkingGroupId is { } group
            ? db.WorkingGroupMembers.Where(m => m.WorkingGroupId == group).Select(m => m.OrganisationId)
            : db.NetworkMemberships.Where(m => m.NetworkId == meeting.NetworkId).Select(m => m.OrganisationId);
        var invitees = await db.ContactPersons.AsNoTracking()
            .Where(c => c.Email != null && organisations.Contains(c.OrganisationId)
                && !db.MeetingInvitations.Any(i => i.MeetingId == meetingId && i.ContactPersonId == c.Id))
            .OrderBy(c => c.Name).ToListAsync(ct);
        if (invitees.Count == 0)
        {
            return DomainProblem.Conflict("Meeting.NoOneToInvite");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var contact in invitees)
        {
            var token = SecretToken.Create();
            var invitation = new MeetingInvitation
            {
                MeetingId = meetingId, ContactPersonId = contact.Id, TokenHash = SecretToken.HashOf(token), InvitedAt = now,
            };
            db.MeetingInvitations.Add(invitation);
            mails.Invited(meeting, context.Network, invitation, contact, token, now);
        }
        await db.Meetings.Where(m => m.Id == meetingId).ExecuteUpdateAsync(u => u.SetProperty(m => m.InvitationsSentAt, now), ct);
        audit.Record(actor, AuditAction.Create, "Meeting.Invitations", meetingId.ToString(), meeting.SiteId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return invitees.Count;
    }

    /// <summary>The invitation behind a mailed link; without the right secret it does not exist.</summary>
    public async Task<Outcome<OpenInvitation>> FindAsync(Guid invitationId, string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100
            || await db.MeetingInvitations.AsNoTracking().Include(i => i.ContactPerson).FirstOrDefaultAsync(i => i.Id == invitationId,
                ct) is not { } invitation
            || !SecretToken.AreEqual(invitation.TokenHash, SecretToken.HashOf(token)))
        {
            return DomainProblem.NotFound("MeetingInvitation.NotFound");
        }
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == invitation.MeetingId, ct);
        var network = await db.HealthNetworks.Where(n => n.Id == meeting.NetworkId).Select(n => n.Name).SingleAsync(ct);
        return new OpenInvitation(invitation, meeting, network, invitation.ContactPerson?.Name);
    }

    public async Task<Outcome<OpenInvitation>> AnswerAsync(Guid invitationId, string? token, bool accept, CancellationToken ct)
    {
        var found = await FindAsync(invitationId, token, ct);
        if (found.Value is not { } open)
        {
            return found.Problem!;
        }
        var now = clock.GetUtcNow();
        if (open.Meeting.StartsAt <= now)
        {
            return DomainProblem.Conflict("Meeting.Past");
        }
        var response = accept ? InvitationResponse.Accepted : InvitationResponse.Declined;
        await db.MeetingInvitations.Where(i => i.Id == invitationId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Response, response).SetProperty(i => i.RespondedAt, now), ct);
        open.Invitation.Response = response;
        open.Invitation.RespondedAt = now;
        return open;
    }
}
