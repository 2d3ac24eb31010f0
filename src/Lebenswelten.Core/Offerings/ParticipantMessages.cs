using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Offerings;

/// <summary>Who a provider's message goes to: those holding a place, those waiting, or everyone registered.</summary>
public enum MessageAudience
{
    Participants,
    WaitingList,
    Everyone,
}

public sealed record ParticipantMessageDraft(MessageAudience Audience, string? Subject, string? Text);

/// <summary>How many people the message was written to, and how many have no address (to be phoned).</summary>
public sealed record ParticipantMessageResult(int Sent, IReadOnlyList<string> WithoutEmail);

/// <summary>
/// A provider writes to an offering's participants or waiting list ("room changed", "bring a mat"): one mail per
/// person through the outbox, in one transaction, for the offering's managers only. Health data (GDPR Art. 9):
/// the mail names the offering but nobody else on the list; every recipient is in the audit line.
/// </summary>
public sealed class ParticipantMessages(LebensweltenDbContext db, OfferingAccess access, OfferingMails mails, AuditLog audit,
    TimeProvider clock)
{
    public const int MaxSubjectLength = 150;
    public const int MaxTextLength = 5000;

    public async Task<Outcome<ParticipantMessageResult>> SendAsync(Guid offeringId, ParticipantMessageDraft draft, AuditActor actor,
        CancellationToken ct)
    {
        var offering = await db.Offerings.AsNoTracking().Include(o => o.Organisation).Include(o => o.Sessions)
            .SingleOrDefaultAsync(o => o.Id == offeringId, ct);
        if (offering is null || !await access.CanManageAsync(actor.UserId, offering, ct))
        {
            return DomainProblem.NotFound("Offering.NotFound");
        }
        var e = new FieldErrors();
        e.AddIf(string.IsNullOrWhiteSpace(draft.Subject), nameof(draft.Subject), "Required");
        e.AddIf(draft.Subject is { Length: > MaxSubjectLength }, nameof(draft.Subject), "TooLong");
        // One line: a subject never carries a header of its own into the mail.
        e.AddIf(draft.Subject?.IndexOfAny(['\r', '\n']) >= 0, nameof(draft.Subject), "Invalid");
        e.AddIf(string.IsNullOrWhiteSpace(draft.Text), nameof(draft.Text), "Required");
        e.AddIf(draft.Text is { Length: > MaxTextLength }, nameof(draft.Text), "TooLong");
        e.AddIf(!Enum.IsDefined(draft.Audience), nameof(draft.Audience), "Invalid");
        if (e.Any)
        {
            return e.ToProblem();
        }
        var statuses = draft.Audience switch
        {
            MessageAudience.Participants => new[] { RegistrationStatus.Confirmed },
            MessageAudience.WaitingList => [RegistrationStatus.Waitlisted, RegistrationStatus.Offered],
            _ => [RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted, RegistrationStatus.Offered],
        };
        var recipients = await db.Registrations.AsNoTracking()
            .Where(r => r.OfferingId == offeringId && r.AnonymisedAt == null && statuses.Contains(r.Status))
            .OrderBy(r => r.Sequence).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var registration in recipients.Where(r => r.Email is not null))
        {
            mails.ProviderMessage(offering, registration, draft.Subject!.Trim(), draft.Text!.Trim(), now);
        }
        foreach (var subject in recipients.Select(r => AuditSubject.Registration(r.UserId, r.Id)).Distinct())
        {
            audit.Record(actor, AuditAction.Create, "Offering.Message", offeringId.ToString(), offering.SiteId, subject);
        }
        await db.SaveChangesAsync(ct);
        return new ParticipantMessageResult(recipients.Count(r => r.Email is not null),
            recipients.Where(r => r.Email is null).Select(r => r.Name).ToList());
    }
}
