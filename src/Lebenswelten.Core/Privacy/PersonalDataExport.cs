namespace Lebenswelten.Core.Privacy;

/// <summary>
/// Collects <see cref="PersonalData"/> for an account (every capability's <see cref="IPersonalDataParticipant"/>) or
/// for a guest's record that a capability hands over, and audits every export. One transaction: the document shows
/// one moment, and the audit line commits with it.
/// </summary>
public sealed class PersonalDataExport(LebensweltenDbContext db, IEnumerable<IPersonalDataParticipant> participants,
    AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<PersonalData>> ForAccountAsync(string userId, AuditActor actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return DomainProblem.NotFound("Account.NotFound");
        }
        var roles = await db.SiteRoleAssignments.AsNoTracking().Where(a => a.UserId == userId)
            .Select(a => new PersonalRole(a.Site != null ? a.Site.Slug : "*", a.Site != null ? a.Site.Name : "*", a.Role.ToString(),
                a.Organisation != null ? a.Organisation.Name : null))
            .ToListAsync(ct);
        var sections = new List<PersonalDataSection>();
        foreach (var participant in participants)
        {
            if (await participant.ExportAsync(userId, ct) is { } section)
            {
                sections.Add(section);
            }
        }
        var consents = await db.Consents.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.GivenAt).ToListAsync(ct);
        var account = new PersonalAccount(user.Id, user.Email, user.DisplayName, user.EmailConfirmed, user.TwoFactorEnabled);
        var data = new PersonalData(clock.GetUtcNow(), account, roles, sections,
            consents.Select(PersonalConsent.From).ToList(), await AuditAboutAsync(userId, userId, ct));
        await FinishAsync(actor, userId, userId, ct);
        await transaction.CommitAsync(ct);
        return data;
    }

    /// <summary>
    /// A guest's own record, opened with its personal link: the capability checked the link and gives its section.
    /// The download answers "who accessed my data" too, from the audit lines with the record as subject.
    /// </summary>
    public async Task<PersonalData> ForGuestAsync(GuestRecord record, PersonalDataSection section, AuditActor actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var consents = record.ConsentsOf is { } registrationId
            ? await db.Consents.AsNoTracking().Where(c => c.RegistrationId == registrationId).OrderBy(c => c.GivenAt).ToListAsync(ct)
            : [];
        var data = new PersonalData(clock.GetUtcNow(), null, [], [section], consents.Select(PersonalConsent.From).ToList(),
            await AuditAboutAsync(record.Subject, null, ct));
        await FinishAsync(actor, record.Subject, record.Id.ToString(), ct);
        await transaction.CommitAsync(ct);
        return data;
    }

    private async Task FinishAsync(AuditActor actor, string subject, string recordId, CancellationToken ct)
    {
        audit.Record(actor, AuditAction.Export, "PersonalData", recordId, subjectUserId: subject);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Who did what with the data (<see cref="AuditSubject"/>): an account's own actions are marked as such.</summary>
    private async Task<List<PersonalAuditEntry>> AuditAboutAsync(string subject, string? ownUserId, CancellationToken ct) =>
        (await db.AuditEntries.AsNoTracking().Where(e => e.SubjectUserId == subject).OrderBy(e => e.At).ToListAsync(ct))
            .Select(e => new PersonalAuditEntry(e.At, e.Action, e.DataKind, e.RecordId, e.ActorUserId,
                ownUserId is not null && e.ActorUserId == ownUserId))
            .ToList();
}
