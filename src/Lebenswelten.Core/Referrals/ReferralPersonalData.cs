using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// Vouchers in a person's rights and in retention (<see cref="IPersonalDataParticipant"/>). Erasure and retention
/// anonymise: the link, the note and the account go, the row stays for the counts; an active consent is withdrawn on
/// erasure, so the jobcenter sees "no information" from then on. The registrations themselves are Offerings' to erase.
/// </summary>
public sealed class ReferralPersonalData(LebensweltenDbContext db, IOptions<ReferralSettings> settings) : IPersonalDataParticipant
{
    public const string CapabilityName = "Referrals";

    public string Capability => CapabilityName;

    public async Task<PersonalDataSection?> ExportAsync(string userId, CancellationToken ct)
    {
        var vouchers = await db.Vouchers.AsNoTracking().Where(v => v.RedeemedByUserId == userId).OrderBy(v => v.RedeemedAt)
            .ToListAsync(ct);
        if (vouchers.Count == 0)
        {
            return null;
        }
        var ids = vouchers.Select(v => v.Id).ToList();
        var consents = await db.ReferralConsents.AsNoTracking().Where(c => ids.Contains(c.VoucherId)).ToListAsync(ct);
        var links = await db.VoucherRegistrations.AsNoTracking().Where(l => ids.Contains(l.VoucherId)).ToListAsync(ct);
        return new ReferralsSection(vouchers.Select(v => new PersonalVoucher(v.Id, v.IssuedAt, v.ValidUntil, v.Categories,
            v.ClientNote, v.RedeemedAt, links.Where(l => l.VoucherId == v.Id).Select(l => l.RegistrationId).ToList(),
            consents.Where(c => c.VoucherId == v.Id).OrderBy(c => c.GivenAt)
                .Select(c => new PersonalReferralConsent(c.Purpose, c.TextVersion, c.Channel, c.GivenAt, c.WithdrawnAt, c.SignedOn,
                    c.WithdrawalChannel)).ToList()))
            .ToList());
    }

    public async Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct)
    {
        var ids = await db.Vouchers.Where(v => v.RedeemedByUserId == userId).Select(v => v.Id).ToListAsync(ct);
        await db.ReferralConsents.Where(c => ids.Contains(c.VoucherId) && c.WithdrawnAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.WithdrawnAt, now), ct);
        return await Anonymise(db.Vouchers.Where(v => ids.Contains(v.Id)), now, ct);
    }

    /// <summary>
    /// A year (Referrals:RetentionDays) after the voucher's validity: consents go, the voucher is anonymised. Voucher mails
    /// go as soon as they are delivered (or given up): they hold a client's address and a code, and no one needs them
    /// afterwards, so the jobcenter's client is not kept on file through the outbox either (GDPR Art. 5(1)(c, e)).
    /// </summary>
    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct)
    {
        await db.OutboxMessages.Where(m => m.Template == VoucherMails.Template
            && (m.SentAt != null || m.Attempts >= Messaging.OutboxSender.MaxAttempts)).ExecuteDeleteAsync(ct);
        var before = BerlinTime.LocalDate(now).AddDays(-settings.Value.RetentionDays);
        var due = db.Vouchers.Where(v => v.AnonymisedAt == null && v.ValidUntil < before);
        await db.ReferralConsents.Where(c => due.Select(v => v.Id).Contains(c.VoucherId)).ExecuteDeleteAsync(ct);
        return await Anonymise(due, now, ct);
    }

    private static Task<int> Anonymise(IQueryable<Voucher> vouchers, DateTimeOffset now, CancellationToken ct) =>
        vouchers.ExecuteUpdateAsync(u => u.SetProperty(v => v.RedeemedByUserId, (string?)null)
            .SetProperty(v => v.ClientNote, (string?)null)
            .SetProperty(v => v.ProtectedHolderToken, (string?)null)
            .SetProperty(v => v.ProtectedCode, (string?)null)
            .SetProperty(v => v.AnonymisedAt, now), ct);
}
