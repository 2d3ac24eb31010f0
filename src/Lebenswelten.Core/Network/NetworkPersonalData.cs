using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Network;

/// <summary>A person's entries in the network: where they are a contact, what they applied for, what they were invited to.</summary>
public sealed record NetworkDataSection(IReadOnlyList<NetworkContactEntry> Contacts, IReadOnlyList<NetworkApplicationEntry> Applications,
    IReadOnlyList<NetworkInvitationEntry> Invitations, IReadOnlyList<NetworkTaskEntry> Tasks) : PersonalDataSection("Network");

public sealed record NetworkContactEntry(string Organisation, string Name, string? Function, string? Email, string? Phone,
    DateTimeOffset ConsentGivenAt, string ConsentVersion, ConsentSource ConsentSource);

public sealed record NetworkApplicationEntry(string Network, string Organisation, string ContactName, string ContactEmail,
    DateTimeOffset CreatedAt, MembershipApplicationStatus Status);

public sealed record NetworkInvitationEntry(string Meeting, DateTimeOffset StartsAt, InvitationResponse Response, bool Attended);

public sealed record NetworkTaskEntry(string Task, DateOnly DueOn, DateTimeOffset? CompletedAt);

/// <summary>
/// The network's part in a person's rights (GDPR Art. 15, 17, 20) and in retention (Art. 5(1)(e)). A person is found by
/// their account and by their address (contact persons often have no account). Erasure deletes their contact entries and
/// applications; invitations and tasks stay nameless, so attendance and task counts stay. Decided applications are kept
/// for <see cref="ApplicationRetention"/>, then deleted; the tokens of invitations to past meetings are cleared.
/// </summary>
public sealed class NetworkPersonalData(LebensweltenDbContext db, INetworkPeople people) : IPersonalDataParticipant
{
    public const string CapabilityName = "Network";

    public static readonly TimeSpan ApplicationRetention = TimeSpan.FromDays(365);

    public string Capability => CapabilityName;

    public async Task<PersonalDataSection?> ExportAsync(string userId, CancellationToken ct)
    {
        var email = await EmailOfAsync(userId, ct);
        var contacts = await Contacts(userId, email).AsNoTracking()
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new NetworkContactEntry(o.Name, c.Name, c.Function,
                c.Email, c.Phone,
                c.ConsentGivenAt, c.ConsentVersion, c.ConsentSource)).ToListAsync(ct);
        var applications = await Applications(userId, email).AsNoTracking()
            .Join(db.HealthNetworks, a => a.NetworkId, n => n.Id, (a, n) => new NetworkApplicationEntry(n.Name, a.OrganisationName,
                a.ContactName,
                a.ContactEmail, a.CreatedAt, a.Status)).ToListAsync(ct);
        var contactIds = Contacts(userId, email).Select(c => c.Id);
        var invitations = await db.MeetingInvitations.AsNoTracking().Where(i => contactIds.Contains(i.ContactPersonId!.Value))
            .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => new NetworkInvitationEntry(m.Title, m.StartsAt, i.Response,
                i.Attended))
            .ToListAsync(ct);
        var tasks = await db.ActionItems.AsNoTracking().Where(t => contactIds.Contains(t.OwnerContactId!.Value))
            .Select(t => new NetworkTaskEntry(t.Title, t.DueOn, t.CompletedAt)).ToListAsync(ct);
        return contacts.Count + applications.Count + invitations.Count + tasks.Count == 0 ? null
            : new NetworkDataSection(contacts, applications, invitations, tasks);
    }

    public async Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct)
    {
        var email = await EmailOfAsync(userId, ct);
        // Invitations and tasks point to the contact with ON DELETE SET NULL: they stay, nameless.
        var touched = await Contacts(userId, email).ExecuteDeleteAsync(ct);
        touched += await Applications(userId, email).ExecuteDeleteAsync(ct);
        await db.EligibilityEvents.Where(e => e.ActorUserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.ActorUserId, (string?)null).SetProperty(e => e.ActorName, (string?)null), ct);
        await db.CriterionEvidence.Where(e => e.ConfirmedByUserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.ConfirmedByUserId, (string?)null).SetProperty(e => e.ConfirmedByName,
                (string?)null), ct);
        await db.EligibilityChecks.Where(c => c.DecidedByUserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.DecidedByUserId, (string?)null).SetProperty(c => c.DecidedByName,
                (string?)null), ct);
        await db.ContactPersons.Where(c => c.RecordedByUserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.RecordedByUserId, (string?)null), ct);
        return touched;
    }

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now - ApplicationRetention;
        var applications = await db.MembershipApplications.Where(a => a.Status != MembershipApplicationStatus.Open
            && a.DecidedAt < cutoff).ExecuteDeleteAsync(ct);
        // A past meeting's answer links open nothing any more: the secrets go.
        var tokens = await db.MeetingInvitations.Where(i => i.TokenHash != "" && db.Meetings.Any(m => m.Id == i.MeetingId
            && m.EndsAt < now))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.TokenHash, ""), ct);
        return applications + tokens;
    }

    /// <summary>The account's address in lower case: contact entries and applications name it as it was typed.</summary>
    private async Task<string?> EmailOfAsync(string userId, CancellationToken ct) =>
        (await people.AccountAsync(userId, ct)).Email?.ToLowerInvariant();

    private IQueryable<ContactPerson> Contacts(string userId, string? email) =>
        db.ContactPersons.Where(c => c.UserId == userId || (email != null && c.Email != null && c.Email.ToLower() == email));

    private IQueryable<MembershipApplication> Applications(string userId, string? email) =>
        db.MembershipApplications.Where(a => a.UserId == userId || (email != null && a.ContactEmail.ToLower() == email));
}
