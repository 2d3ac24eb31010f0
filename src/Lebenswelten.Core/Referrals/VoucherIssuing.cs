using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// The counsellor's side: issue a voucher, print it during the conversation, and later see only the
/// <see cref="JobcenterView"/>. The code and the client's note can be printed by the issuing counsellor within
/// <see cref="PrintWindow"/>; after that neither is ever shown to the jobcenter again (issue 19).
/// </summary>
public sealed class VoucherIssuing(LebensweltenDbContext db, ReferralAccess access, AuditLog audit,
    IDataProtectionProvider protection, IVoucherLinks links, IOptions<ReferralSettings> settings, TimeProvider clock)
{
    /// <summary>Long enough for the conversation in which the voucher is handed over.</summary>
    public static readonly TimeSpan PrintWindow = TimeSpan.FromHours(2);

    private readonly IDataProtector codes = protection.CreateProtector("Lebenswelten.Referral.Code.v1");

    /// <param name="mailTo">The client's address when the voucher goes out by e-mail as well; kept in the outbox row only.</param>
    public async Task<Outcome<IssuedVoucher>> IssueAsync(Guid siteId, VoucherDraft draft, AuditActor actor, CancellationToken ct,
        string? mailTo = null)
    {
        if (!await access.IsCounsellorAsync(actor.UserId, siteId, ct))
        {
            return DomainProblem.Forbidden("Voucher.Forbidden");
        }
        if (draft.Validate(errors => VoucherMails.Check(errors, mailTo, required: false)) is { } invalid)
        {
            return invalid;
        }
        var now = clock.GetUtcNow();
        var code = VoucherCodes.Create();
        var voucher = new Voucher
        {
            SiteId = siteId,
            IssuedByUserId = actor.UserId,
            IssuedAt = now,
            ValidUntil = BerlinTime.LocalDate(now).AddMonths(draft.ValidMonths ?? settings.Value.DefaultValidityMonths),
            Categories = draft.Categories.Distinct().Order().ToList(),
            ClientNote = TypedText.TrimmedOrNull(draft.ClientNote),
            PrintLanguage = VoucherLanguages.Current(draft.Language),
            MaxRegistrations = settings.Value.MaxRegistrationsPerVoucher,
            CodeHash = VoucherCodes.Hash(VoucherCodes.Normalise(code)!),
            ProtectedCode = codes.Protect(code),
        };
        db.Vouchers.Add(voucher);
        audit.Record(actor, AuditAction.Change, "Voucher", voucher.Id.ToString(), siteId);
        if (!string.IsNullOrWhiteSpace(mailTo))
        {
            // One transaction: the voucher and its mail are written together, or neither.
            db.OutboxMessages.Add(VoucherMails.Compose(voucher, code, mailTo, links, now));
            audit.Record(actor, AuditAction.Create, VoucherMails.AuditKind, voucher.Id.ToString(), siteId);
        }
        await db.SaveChangesAsync(ct);
        return new IssuedVoucher(voucher, code);
    }

    /// <summary>
    /// The voucher to print (or mail), with its code and note: for the counsellor who issued it, while the conversation
    /// lasts, and only until it is redeemed. Anyone else, or later, finds nothing.
    /// </summary>
    public async Task<Outcome<IssuedVoucher>> ForPrintAsync(Guid voucherId, AuditActor actor, CancellationToken ct)
    {
        var voucher = await db.Vouchers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == voucherId, ct);
        if (voucher is null || actor.UserId is null || voucher.IssuedByUserId != actor.UserId
            || !await access.IsCounsellorAsync(actor.UserId, voucher.SiteId, ct))
        {
            return DomainProblem.NotFound("Voucher.NotFound");
        }
        if (voucher.IsRedeemed || voucher.ProtectedCode is null || clock.GetUtcNow() - voucher.IssuedAt > PrintWindow)
        {
            return DomainProblem.Conflict("Voucher.PrintClosed");
        }
        return new IssuedVoucher(voucher, codes.Unprotect(voucher.ProtectedCode));
    }

    /// <summary>
    /// Sends the voucher by e-mail after it was issued (the client gave an address later in the conversation): the same
    /// rules as printing it, the issuing counsellor within the conversation and before redemption.
    /// </summary>
    public async Task<Outcome<IssuedVoucher>> MailAsync(Guid voucherId, string? mailTo, AuditActor actor, CancellationToken ct)
    {
        var outcome = await ForPrintAsync(voucherId, actor, ct);
        if (outcome.Problem is { Kind: ProblemKind.NotFound } notFound)
        {
            return notFound;
        }
        var errors = new FieldErrors();
        VoucherMails.Check(errors, mailTo, required: true);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (outcome.Problem is { } closed)
        {
            return closed;
        }
        var (voucher, code) = outcome.Value!;
        db.OutboxMessages.Add(VoucherMails.Compose(voucher, code, mailTo!, links, clock.GetUtcNow()));
        audit.Record(actor, AuditAction.Create, VoucherMails.AuditKind, voucher.Id.ToString(), voucher.SiteId);
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>One voucher as the jobcenter sees it; a voucher of another site does not exist (404).</summary>
    public async Task<Outcome<JobcenterView>> ViewAsync(Guid voucherId, AuditActor actor, CancellationToken ct)
    {
        var voucher = await db.Vouchers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == voucherId, ct);
        if (voucher is null || !await access.IsCounsellorAsync(actor.UserId, voucher.SiteId, ct))
        {
            return DomainProblem.NotFound("Voucher.NotFound");
        }
        var consented = await db.ReferralConsents.AnyAsync(c => c.VoucherId == voucherId && c.WithdrawnAt == null, ct);
        // The status is social data about a client (§67 SGB X): every look at it is on the audit trail.
        // A client who redeemed signed in finds the read in "who has seen my data" (GDPR Art. 15(1)(c)).
        await audit.RecordReadAsync(actor, "Voucher", voucherId.ToString(), voucher.SiteId, ct, [voucher.RedeemedByUserId]);
        return JobcenterView.Of(voucher, consented);
    }

    /// <summary>The site's vouchers, newest first, as the jobcenter sees them.</summary>
    public async Task<Outcome<(IReadOnlyList<JobcenterView> Items, int Total)>> ListAsync(Guid siteId, int page, int pageSize,
        AuditActor actor, CancellationToken ct)
    {
        if (!await access.IsCounsellorAsync(actor.UserId, siteId, ct))
        {
            return DomainProblem.Forbidden("Voucher.Forbidden");
        }
        var query = db.Vouchers.AsNoTracking().Where(v => v.SiteId == siteId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(v => v.IssuedAt).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(v => new
            {
                Voucher = v,
                Consented = db.ReferralConsents.Any(c => c.VoucherId == v.Id && c.WithdrawnAt == null),
            }).ToListAsync(ct);
        await audit.RecordReadAsync(actor, "Voucher", null, siteId, ct, rows.Select(r => r.Voucher.RedeemedByUserId));
        return (rows.Select(r => JobcenterView.Of(r.Voucher, r.Consented)).ToList(), total);
    }
}
