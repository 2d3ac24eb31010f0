using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Referrals.ReferralKit;

namespace Lebenswelten.Core.Tests.Referrals;

public sealed class VoucherUseTests
{
    [Theory, BothProviders]
    public async Task A_redeemed_voucher_registers_through_the_normal_flow_with_its_waiting_list_up_to_its_limit(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider, maxRegistrations: 2);
        var full = await kit.Offerings.CreateOfferingAsync(kit.Offerings.NewDraft(capacity: 1, title: "Laufen"));
        var second = await kit.Offerings.CreateOfferingAsync(kit.Offerings.NewDraft(title: "Walking"));
        var third = await kit.Offerings.CreateOfferingAsync(kit.Offerings.NewDraft(title: "Nordic Walking"));
        var nutrition = await kit.Offerings.CreateOfferingAsync(kit.Offerings.NewDraft(title: "Kochen") with
        {
            Category = OfferingCategory.Nutrition,
        });
        await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .RegisterAsync(full.Id, new Registrant(null, "Erste", "erste@example.org"), None));
        var redeemed = await kit.RedeemAsync(await kit.IssueAsync(OfferingCategory.Exercise));

        Task<Outcome<RegistrationReceipt>> Register(Offering offering) => kit.WithAsync(s => s.GetRequiredService<VoucherHolder>()
            .RegisterAsync(redeemed.Voucher.Id, redeemed.HolderToken, offering.Id, new Registrant(null, "Kim", "kim@example.org"), None));

        Assert.Equal("Voucher.NotCovered", (await Register(nutrition)).Problem?.Code);
        var waiting = await Register(full);
        Assert.Equal((RegistrationStatus.Waitlisted, 1), (waiting.Value!.Registration.Status, waiting.Value.WaitingListPosition));
        Assert.Equal(RegistrationStatus.Confirmed, (await Register(second)).Value!.Registration.Status);
        Assert.Equal("Voucher.UsedUp", (await Register(third)).Problem?.Code);

        var stranger = await kit.WithAsync(s => s.GetRequiredService<VoucherHolder>()
            .RegisterAsync(redeemed.Voucher.Id, "wrong", second.Id, new Registrant(null, "X", "x@example.org"), None));
        Assert.Equal("Voucher.NotFound", stranger.Problem?.Code);
        var view = await kit.WithAsync(s => s.GetRequiredService<VoucherHolder>().ViewAsync(redeemed.Voucher.Id, redeemed.HolderToken, None));
        Assert.Equal(["Laufen", "Walking"], view!.Registrations.Select(r => r.OfferingTitle));
        Assert.Equal(0, view.RegistrationsLeft);
    }

    [Theory, BothProviders]
    public async Task A_refused_registration_gives_the_voucher_its_use_back(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider, maxRegistrations: 1);
        var offering = await kit.Offerings.CreateOfferingAsync();
        var redeemed = await kit.RedeemAsync(await kit.IssueAsync());
        var invalid = await kit.WithAsync(s => s.GetRequiredService<VoucherHolder>()
            .RegisterAsync(redeemed.Voucher.Id, redeemed.HolderToken, offering.Id, new Registrant(null, "", "kein"), None));
        Assert.Equal("Validation", invalid.Problem?.Code);
        var valid = await kit.WithAsync(s => s.GetRequiredService<VoucherHolder>()
            .RegisterAsync(redeemed.Voucher.Id, redeemed.HolderToken, offering.Id, new Registrant(null, "Kim", "kim@example.org"), None));
        Assert.True(valid.Succeeded, valid.Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task The_jobcenter_sees_redeemed_yes_only_while_the_client_consents_and_every_consent_stays_on_record(
        DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var issued = await kit.IssueAsync();
        var redeemed = await kit.RedeemAsync(issued, tellJobcenter: true);
        Assert.Equal(JobcenterStatus.RedeemedYes, (await kit.JobcenterSeesAsync(issued.Voucher.Id)).Status);

        var withdrawn = await kit.WithAsync(s => s.GetRequiredService<ReferralConsents>()
            .WithdrawAsync(issued.Voucher.Id, redeemed.HolderToken, None));
        Assert.True(withdrawn.Succeeded);
        Assert.Equal(JobcenterStatus.NoInformation, (await kit.JobcenterSeesAsync(issued.Voucher.Id)).Status);
        var twice = await kit.WithAsync(s => s.GetRequiredService<ReferralConsents>()
            .WithdrawAsync(issued.Voucher.Id, redeemed.HolderToken, None));
        Assert.Equal("Consent.AlreadyWithdrawn", twice.Problem?.Code);

        kit.Offerings.Clock.Advance(TimeSpan.FromDays(1));
        var again = await kit.WithAsync(s => s.GetRequiredService<ReferralConsents>()
            .GiveAsync(issued.Voucher.Id, redeemed.HolderToken, "en", None));
        Assert.True(again.Succeeded);
        Assert.Equal(JobcenterStatus.RedeemedYes, (await kit.JobcenterSeesAsync(issued.Voucher.Id)).Status);
        var forged = await kit.WithAsync(s => s.GetRequiredService<ReferralConsents>().GiveAsync(issued.Voucher.Id, "forged", "de", None));
        Assert.Equal("Voucher.NotFound", forged.Problem?.Code);

        await using var db = kit.Offerings.Database.CreateContext();
        var history = await db.ReferralConsents.Where(c => c.VoucherId == issued.Voucher.Id).OrderBy(c => c.GivenAt).ToListAsync();
        Assert.Equal(2, history.Count);
        Assert.All(history, c => Assert.Equal((ConsentPurposes.ReferralRedeemedStatus, ConsentPurposes.TextVersion, ConsentChannel.Web),
            (c.Purpose, c.TextVersion, c.Channel)));
        Assert.NotNull(history[0].WithdrawnAt);
        Assert.Null(history[1].WithdrawnAt);
    }
}
