using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Referrals.ReferralKit;

namespace Lebenswelten.Core.Tests.Referrals;

public sealed class PaperConsentTests
{
    private static PaperConsents Paper(IServiceProvider s) => s.GetRequiredService<PaperConsents>();

    private static DateOnly Today(ReferralKit kit) => BerlinTime.LocalDate(kit.Offerings.Clock.GetUtcNow());

    [Theory, BothProviders]
    public async Task A_coordinator_records_a_signed_paper_consent_the_counsellor_sees_redeemed_yes_and_a_paper_withdrawal_ends_it(
        DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var issued = await kit.IssueAsync(OfferingCategory.Exercise);
        await kit.RedeemAsync(issued, tellJobcenter: false);
        Assert.Equal(JobcenterStatus.NoInformation, (await kit.JobcenterSeesAsync(issued.Voucher.Id)).Status);

        var recorded = await kit.WithAsync(s => Paper(s).RecordAsync(issued.Voucher.Id, new PaperConsentDraft(Today(kit), true),
            kit.Coordinator, None));
        Assert.True(recorded.Succeeded, recorded.Problem?.Code);
        Assert.Equal(ConsentChannel.Paper, recorded.Value!.Channel);
        Assert.Equal(Today(kit), recorded.Value.SignedOn);
        Assert.Equal(kit.Coordinator.UserId, recorded.Value.RecordedByUserId);
        Assert.Equal(JobcenterStatus.RedeemedYes, (await kit.JobcenterSeesAsync(issued.Voucher.Id)).Status);
        Assert.Equal("PaperConsent.ActiveAlready", (await kit.WithAsync(s => Paper(s).RecordAsync(issued.Voucher.Id,
            new PaperConsentDraft(Today(kit), true), kit.Counsellor, None))).Problem?.Code);

        var withdrawn = await kit.WithAsync(s => Paper(s).WithdrawAsync(issued.Voucher.Id, new PaperConsentDraft(Today(kit), true),
            kit.Counsellor, None));
        Assert.Equal(ConsentChannel.Paper, withdrawn.Value!.WithdrawalChannel);
        Assert.Equal(JobcenterStatus.NoInformation, (await kit.JobcenterSeesAsync(issued.Voucher.Id)).Status);
        Assert.Equal("PaperConsent.NoneActive", (await kit.WithAsync(s => Paper(s).WithdrawAsync(issued.Voucher.Id,
            new PaperConsentDraft(Today(kit), true), kit.Counsellor, None))).Problem?.Code);

        await using var db = kit.Offerings.Database.CreateContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.DataKind == PaperConsents.AuditKind && a.SiteId == kit.Offerings.Site.Id));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.DataKind == PaperConsents.AuditKind && a.ActorUserId == kit.Coordinator.UserId
            && a.Action == AuditAction.Create));
    }

    [Theory, BothProviders]
    public async Task A_paper_consent_needs_the_signing_day_and_the_paper_and_an_older_paper_never_undoes_a_later_withdrawal(
        DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var issued = await kit.IssueAsync(OfferingCategory.Nutrition);
        var redeemed = await kit.RedeemAsync(issued, tellJobcenter: true);

        var empty = await kit.WithAsync(s => Paper(s).RecordAsync(issued.Voucher.Id, new PaperConsentDraft(null, false), kit.Counsellor, None));
        Assert.Equal(["PaperAtHand", "SignedOn"], empty.Problem!.FieldErrors!.Keys.Order());
        var future = await kit.WithAsync(s => Paper(s).RecordAsync(issued.Voucher.Id, new PaperConsentDraft(Today(kit).AddDays(1), true),
            kit.Counsellor, None));
        Assert.Equal("InFuture", future.Problem!.FieldErrors!["SignedOn"].Single());
        var early = await kit.WithAsync(s => Paper(s).RecordAsync(issued.Voucher.Id, new PaperConsentDraft(Today(kit).AddDays(-1), true),
            kit.Counsellor, None));
        Assert.Equal("BeforeIssue", early.Problem!.FieldErrors!["SignedOn"].Single());

        // The client withdraws online; a week later nobody can bring back a paper signed before that.
        await kit.WithAsync(s => s.GetRequiredService<ReferralConsents>().WithdrawAsync(issued.Voucher.Id, redeemed.HolderToken, None));
        kit.Offerings.Clock.Advance(TimeSpan.FromDays(7));
        var stale = await kit.WithAsync(s => Paper(s).RecordAsync(issued.Voucher.Id, new PaperConsentDraft(Today(kit).AddDays(-7), true),
            kit.Counsellor, None));
        Assert.Equal("BeforeWithdrawal", stale.Problem!.FieldErrors!["SignedOn"].Single());
        Assert.Equal(JobcenterStatus.NoInformation, (await kit.JobcenterSeesAsync(issued.Voucher.Id)).Status);

        // Nobody but the site's counsellors and coordinators: an evaluator, a counsellor elsewhere, finds no voucher.
        var evaluator = new AuditActor(await kit.AddUserAsync("evaluator", SiteRole.Evaluator), null);
        var (elsewhere, _) = await kit.Offerings.AddSiteAsync("Anderswo");
        var stranger = new AuditActor(await kit.AddUserAsync("other", SiteRole.JobcenterCounsellor, elsewhere.Id), null);
        foreach (var who in new[] { evaluator, stranger })
        {
            Assert.Equal("Voucher.NotFound", (await kit.WithAsync(s => Paper(s).RecordAsync(issued.Voucher.Id,
                new PaperConsentDraft(Today(kit), true), who, None))).Problem?.Code);
        }
    }
}
