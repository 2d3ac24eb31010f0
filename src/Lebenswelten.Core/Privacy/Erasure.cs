using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Privacy;

/// <summary>
/// The right to erasure (GDPR Art. 17), in one transaction: every capability erases or anonymises its records
/// (<see cref="IPersonalDataParticipant"/>; running registrations are cancelled so the waiting list moves up, and the
/// counts stay exactly the same), the consents forget who gave them, mails to the person are deleted and the account
/// goes. Audit rows stay (Art. 17(3)(b), (e): the duty to account for access), and keep the account's id, which after
/// the deletion points to nobody. If any part fails, nothing is erased.
/// </summary>
public sealed class Erasure(LebensweltenDbContext db, IEnumerable<IPersonalDataParticipant> participants,
    UserManager<AppUser> users, AuditLog audit, TimeProvider clock)
{
    /// <summary>Erases the account; how many records the capabilities erased or anonymised.</summary>
    public async Task<Outcome<int>> EraseAccountAsync(string userId, AuditActor actor, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return DomainProblem.NotFound("Account.NotFound");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var erased = 0;
        foreach (var participant in participants)
        {
            erased += await participant.EraseAsync(userId, now, ct);
        }
        await ConsentBook.ForgetPersonAsync(db, userId, ct);
        if (user.NormalizedEmail is { } email)
        {
            await PersonalMails.DeleteToAsync(db, email, ct);
        }
        audit.Record(actor, AuditAction.Delete, "Account", userId, subjectUserId: userId);
        await db.SaveChangesAsync(ct);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException($"Account {userId} not deleted: {string.Join(", ", deleted.Errors.Select(e => e.Code))}");
        }
        await transaction.CommitAsync(ct);
        return erased;
    }

    /// <summary>
    /// A guest's "delete my data" through a capability's personal link, after the capability checked the link: its
    /// <paramref name="erase"/> removes the record, then the mails about it go and the deletion is audited, all in one
    /// transaction.
    /// </summary>
    public async Task<int> EraseGuestRecordAsync(GuestRecord record, Func<CancellationToken, Task<int>> erase, AuditActor actor,
        CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var erased = await erase(ct);
        if (record.Email is { } email)
        {
            await PersonalMails.DeleteAboutAsync(db, email, record.Id, ct);
        }
        audit.Record(actor, AuditAction.Delete, record.DataKind, record.Id.ToString(), subjectUserId: record.Subject);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return erased;
    }
}
