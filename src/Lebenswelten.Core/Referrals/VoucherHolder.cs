using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// The client's side after redemption, through the personal link: see the voucher, and register for offerings in its
/// categories through the normal flow (<see cref="RegistrationService"/>: places and waiting list as for everyone).
/// Referrals records the link to the registration itself, so Offerings never learns of vouchers.
/// </summary>
public sealed class VoucherHolder(LebensweltenDbContext db, HolderTokens tokens, RegistrationService registrations,
    TimeProvider clock)
{
    /// <summary>The voucher for the holder of its personal link; null for anyone else.</summary>
    public async Task<Voucher?> FindVoucherAsync(Guid voucherId, string? token, CancellationToken ct)
    {
        var voucher = await db.Vouchers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == voucherId, ct);
        return voucher is not null && voucher.IsRedeemed && tokens.Verify(voucher, token) ? voucher : null;
    }

    public async Task<HolderView?> ViewAsync(Guid voucherId, string? token, CancellationToken ct)
    {
        if (await FindVoucherAsync(voucherId, token, ct) is not { } voucher)
        {
            return null;
        }
        var consents = await db.ReferralConsents.AsNoTracking().Where(c => c.VoucherId == voucherId)
            .OrderByDescending(c => c.GivenAt).ToListAsync(ct);
        var linked = await (from link in db.VoucherRegistrations
                            join registration in db.Registrations on link.RegistrationId equals registration.Id
                            where link.VoucherId == voucherId
                            orderby link.CreatedAt
                            select new HolderRegistration(registration.Id, registration.OfferingId, registration.Offering!.Title,
                                link.Category, registration.Status, link.CreatedAt)).ToListAsync(ct);
        var active = consents.Any(c => c.IsActive);
        return new HolderView(voucher, linked, consents, JobcenterView.Of(voucher, active),
            voucher.IsValidOn(BerlinTime.LocalDate(clock.GetUtcNow())));
    }

    /// <summary>
    /// Registers the holder for an offering of the voucher's categories at its site, while it is valid and covers more.
    /// The voucher's count is taken first by a conditional update (never past its maximum, whatever runs in parallel), and
    /// given back if the registration itself is refused.
    /// </summary>
    public async Task<Outcome<RegistrationReceipt>> RegisterAsync(Guid voucherId, string? token, Guid offeringId, Registrant who,
        CancellationToken ct)
    {
        if (await FindVoucherAsync(voucherId, token, ct) is not { } voucher)
        {
            return DomainProblem.NotFound("Voucher.NotFound");
        }
        if (!voucher.IsValidOn(BerlinTime.LocalDate(clock.GetUtcNow())))
        {
            return DomainProblem.Conflict("Voucher.Expired");
        }
        var offering = await db.Offerings.AsNoTracking().Where(o => o.Id == offeringId && o.Status != OfferingStatus.Draft)
            .Select(o => new { o.SiteId, o.Category }).SingleOrDefaultAsync(ct);
        if (offering is null)
        {
            return DomainProblem.NotFound("Offering.NotFound");
        }
        if (offering.SiteId != voucher.SiteId || !voucher.Categories.Contains(offering.Category))
        {
            return DomainProblem.Unprocessable("Voucher.NotCovered");
        }
        var taken = await db.Vouchers.Where(v => v.Id == voucherId && v.RegistrationsUsed < v.MaxRegistrations)
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.RegistrationsUsed, v => v.RegistrationsUsed + 1), ct);
        if (taken == 0)
        {
            return DomainProblem.Conflict("Voucher.UsedUp");
        }
        var receipt = await registrations.RegisterAsync(offeringId, who, ct);
        if (!receipt.Succeeded)
        {
            await db.Vouchers.Where(v => v.Id == voucherId)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.RegistrationsUsed, v => v.RegistrationsUsed - 1), ct);
            return receipt.Problem!;
        }
        db.VoucherRegistrations.Add(new VoucherRegistration
        {
            VoucherId = voucherId,
            RegistrationId = receipt.Value!.Registration.Id,
            SiteId = voucher.SiteId,
            Category = offering.Category,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return receipt;
    }
}
