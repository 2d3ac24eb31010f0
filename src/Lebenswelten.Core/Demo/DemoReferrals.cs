using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Referrals;

namespace Lebenswelten.Core.Demo;

/// <summary>
/// Sample vouchers of the Leipzig jobcenter (seed 004), in every state the issue names: open (with the published demo
/// code <see cref="OpenCode"/>), redeemed with consent, redeemed without, consent withdrawn, expired; and enough of them
/// over the last months that the coordinator's figures show numbers as well as held-back cells. All sample data.
/// </summary>
public static class DemoReferrals
{
    /// <summary>The open demo voucher's code, printed in the README so that a visitor can redeem it.</summary>
    public const string OpenCode = "GUTSC-HEN2L-EPZ26";

    public static async Task AddAsync(LebensweltenDbContext db, Guid siteId, DateTimeOffset now, CancellationToken ct)
    {
        var counsellor = await db.SiteRoleAssignments.Where(a => a.SiteId == siteId && a.Role == SiteRole.JobcenterCounsellor)
            .Select(a => a.UserId).FirstAsync(ct);
        Voucher Add(DateTimeOffset issued, int months, params OfferingCategory[] categories)
        {
            var voucher = new Voucher
            {
                SiteId = siteId, IssuedByUserId = counsellor, IssuedAt = issued,
                ValidUntil = BerlinTime.LocalDate(issued).AddMonths(months), Categories = [.. categories],
                MaxRegistrations = 3, CodeHash = VoucherCodes.Hash(VoucherCodes.Normalise(VoucherCodes.Create())!),
            };
            db.Vouchers.Add(voucher);
            return voucher;
        }
        void Consent(Voucher voucher, DateTimeOffset at, ConsentChannel channel, DateTimeOffset? withdrawn = null)
        {
            var consent = ReferralConsents.New(voucher.Id, channel, "de", at);
            consent.WithdrawnAt = withdrawn;
            db.ReferralConsents.Add(consent);
        }

        var open = Add(now.AddDays(-2), 3, OfferingCategory.Exercise, OfferingCategory.StressAndMentalHealth);
        open.CodeHash = VoucherCodes.Hash(VoucherCodes.Normalise(OpenCode)!);
        var withConsent = Add(now.AddDays(-20), 3, OfferingCategory.Exercise);
        withConsent.RedeemedAt = now.AddDays(-15);
        Consent(withConsent, now.AddDays(-15), ConsentChannel.Web);
        var withoutConsent = Add(now.AddDays(-25), 3, OfferingCategory.Nutrition);
        withoutConsent.RedeemedAt = now.AddDays(-21);
        var withdrawn = Add(now.AddDays(-40), 3, OfferingCategory.StressAndMentalHealth, OfferingCategory.AddictionPrevention);
        withdrawn.RedeemedAt = now.AddDays(-38);
        Consent(withdrawn, now.AddDays(-38), ConsentChannel.Paper, withdrawn: now.AddDays(-10));
        Add(now.AddDays(-130), 3, OfferingCategory.Exercise); // expired, never redeemed

        // The months before: six to nine vouchers a month, about half redeemed, so some figures pass the small-number rule.
        for (var month = 1; month <= 5; month++)
        {
            for (var i = 0; i < 5 + month % 4; i++)
            {
                var issued = now.AddDays(-30 * month - i);
                var voucher = Add(issued, 3, i % 2 == 0 ? OfferingCategory.Exercise : OfferingCategory.Nutrition);
                if (i % 2 == 0 || i == 1)
                {
                    voucher.RedeemedAt = issued.AddDays(3);
                }
            }
        }
        // Seed 004: the insurers of the region fund the offerings jointly; a voucher works whichever one the client has.
        var insurers = await db.Organisations.Where(o => o.SiteId == siteId && o.Kind == Organisations.OrganisationKind.Insurer)
            .Select(o => o.Id).ToListAsync(ct);
        foreach (var offering in await db.Offerings.Where(o => o.SiteId == siteId).ToListAsync(ct))
        {
            offering.FunderIds = insurers;
        }
        await db.SaveChangesAsync(ct);
    }
}
