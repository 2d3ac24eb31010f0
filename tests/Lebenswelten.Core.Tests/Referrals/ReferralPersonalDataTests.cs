using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Referrals.ReferralKit;

namespace Lebenswelten.Core.Tests.Referrals;

public sealed class ReferralPersonalDataTests
{
    private static ReferralPersonalData Participant(IServiceProvider services) =>
        services.GetServices<IPersonalDataParticipant>().OfType<ReferralPersonalData>().Single();

    [Theory, BothProviders]
    public async Task A_resident_who_redeemed_signed_in_finds_the_voucher_in_the_export_and_erasure_hides_it_from_the_jobcenter(
        DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var resident = await kit.AddUserAsync("resident", SiteRole.Resident);
        var issued = await kit.IssueAsync();
        await kit.RedeemAsync(issued, tellJobcenter: true, userId: resident);

        var section = (ReferralsSection?)await kit.WithAsync(s => Participant(s).ExportAsync(resident, None));
        var exported = Assert.Single(section!.Vouchers);
        Assert.Equal("Nur für Sie: probieren Sie es aus.", exported.ClientNote);
        Assert.Single(exported.Consents);

        Assert.Equal(1, await kit.WithAsync(s => Participant(s).EraseAsync(resident, kit.Offerings.Clock.GetUtcNow(), None)));
        Assert.Equal(JobcenterStatus.NoInformation, (await kit.JobcenterSeesAsync(issued.Voucher.Id)).Status);
        Assert.Null(await kit.WithAsync(s => Participant(s).ExportAsync(resident, None)));
        await using var db = kit.Offerings.Database.CreateContext();
        var stored = await db.Vouchers.SingleAsync(v => v.Id == issued.Voucher.Id);
        Assert.Equal((null, null, null), (stored.ClientNote, stored.ProtectedHolderToken, stored.RedeemedByUserId));
        Assert.NotNull(stored.RedeemedAt);
    }

    [Theory, BothProviders]
    public async Task A_year_after_its_validity_a_voucher_keeps_only_what_the_counts_need(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var issued = await kit.IssueAsync();
        await kit.RedeemAsync(issued, tellJobcenter: true);

        kit.Offerings.Clock.Advance(TimeSpan.FromDays(300));
        Assert.Equal(0, await kit.WithAsync(s => Participant(s).PurgeExpiredAsync(kit.Offerings.Clock.GetUtcNow(), None)));
        kit.Offerings.Clock.Advance(TimeSpan.FromDays(200));
        Assert.Equal(1, await kit.WithAsync(s => Participant(s).PurgeExpiredAsync(kit.Offerings.Clock.GetUtcNow(), None)));

        await using var db = kit.Offerings.Database.CreateContext();
        Assert.False(await db.ReferralConsents.AnyAsync(c => c.VoucherId == issued.Voucher.Id));
        var stored = await db.Vouchers.SingleAsync(v => v.Id == issued.Voucher.Id);
        Assert.Equal((null, null), (stored.ClientNote, stored.ProtectedHolderToken));
        Assert.NotNull(stored.AnonymisedAt);
    }
}
