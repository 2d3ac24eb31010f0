using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Referrals.ReferralKit;

namespace Lebenswelten.Core.Tests.Referrals;

public sealed class VoucherTests
{
    [Theory, BothProviders]
    public async Task A_counsellor_issues_a_voucher_valid_three_months_and_sees_no_information_until_the_client_consents(
        DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var issued = await kit.IssueAsync(OfferingCategory.Exercise, OfferingCategory.StressAndMentalHealth);

        var seen = await kit.JobcenterSeesAsync(issued.Voucher.Id);
        Assert.Equal(JobcenterStatus.NoInformation, seen.Status);
        Assert.Equal(new DateOnly(2026, 6, 2), seen.ValidUntil);

        await using var db = kit.Offerings.Database.CreateContext();
        var stored = await db.Vouchers.SingleAsync(v => v.Id == issued.Voucher.Id);
        Assert.DoesNotContain(issued.Code.Replace("-", ""), stored.CodeHash + stored.ProtectedCode, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(VoucherCodes.Hash(VoucherCodes.Normalise(issued.Code)!), stored.CodeHash);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.DataKind == "Voucher" && a.RecordId == issued.Voucher.Id.ToString()
            && a.ActorUserId == kit.Counsellor.UserId && a.Action == Lebenswelten.Core.Privacy.AuditAction.Read));
    }

    [Theory, BothProviders]
    public async Task Only_a_counsellor_of_the_site_issues_and_a_counsellor_of_another_site_finds_nothing(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var refused = await kit.WithAsync(s => s.GetRequiredService<VoucherIssuing>().IssueAsync(kit.Offerings.Site.Id,
            new VoucherDraft([OfferingCategory.Exercise], null, null), kit.Coordinator, None));
        Assert.Equal("Voucher.Forbidden", refused.Problem?.Code);

        var issued = await kit.IssueAsync();
        var (elsewhere, _) = await kit.Offerings.AddSiteAsync("Anderswo");
        var stranger = new Lebenswelten.Core.Privacy.AuditActor(
            await kit.AddUserAsync("other", Lebenswelten.Core.Identity.SiteRole.JobcenterCounsellor, elsewhere.Id), null);
        var view = await kit.WithAsync(s => s.GetRequiredService<VoucherIssuing>().ViewAsync(issued.Voucher.Id, stranger, None));
        Assert.Equal("Voucher.NotFound", view.Problem?.Code);
        var print = await kit.WithAsync(s => s.GetRequiredService<VoucherIssuing>().ForPrintAsync(issued.Voucher.Id, stranger, None));
        Assert.Equal("Voucher.NotFound", print.Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task A_voucher_form_refuses_no_category_an_unknown_language_and_a_note_too_long(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var outcome = await kit.WithAsync(s => s.GetRequiredService<VoucherIssuing>().IssueAsync(kit.Offerings.Site.Id,
            new VoucherDraft([], new string('x', 501), 13, "xx"), kit.Counsellor, None));
        Assert.Equal(["Categories", "ClientNote", "Language", "ValidMonths"], outcome.Problem!.FieldErrors!.Keys.Order());
    }

    [Theory, BothProviders]
    public async Task Leichte_Sprache_is_stored_as_de_XL_and_a_voucher_stored_as_de_x_ls_still_prints_in_it(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var issued = await kit.WithAsync(s => s.GetRequiredService<VoucherIssuing>().IssueAsync(kit.Offerings.Site.Id,
            new VoucherDraft([OfferingCategory.Exercise], null, null, "de-x-ls"), kit.Counsellor, None));
        await using (var db = kit.Offerings.Database.CreateContext())
        {
            var stored = await db.Vouchers.SingleAsync(v => v.Id == issued.Value!.Voucher.Id);
            Assert.Equal("de-XL", stored.PrintLanguage);
            // As a voucher issued before issue 23 was stored.
            stored.PrintLanguage = "de-x-ls";
            await db.SaveChangesAsync();
        }
        var print = await kit.WithAsync(s => s.GetRequiredService<VoucherIssuing>().ForPrintAsync(issued.Value!.Voucher.Id, kit.Counsellor, None));
        Assert.Equal("Leichte Sprache", VoucherPrintTexts.For(print.Value!.Voucher.PrintLanguage).LanguageName);
    }

    [Theory, BothProviders]
    public async Task The_code_and_note_print_only_during_the_conversation_and_never_after_redemption(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var first = await kit.IssueAsync();
        var print = await kit.WithAsync(s => s.GetRequiredService<VoucherIssuing>().ForPrintAsync(first.Voucher.Id, kit.Counsellor, None));
        Assert.Equal(first.Code, print.Value!.Code);

        await kit.RedeemAsync(first);
        var afterRedemption = await kit.WithAsync(s =>
            s.GetRequiredService<VoucherIssuing>().ForPrintAsync(first.Voucher.Id, kit.Counsellor, None));
        Assert.Equal("Voucher.PrintClosed", afterRedemption.Problem?.Code);

        var second = await kit.IssueAsync();
        kit.Offerings.Clock.Advance(VoucherIssuing.PrintWindow + TimeSpan.FromMinutes(1));
        var later = await kit.WithAsync(s => s.GetRequiredService<VoucherIssuing>().ForPrintAsync(second.Voucher.Id, kit.Counsellor, None));
        Assert.Equal("Voucher.PrintClosed", later.Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task A_voucher_is_redeemed_once_and_not_after_its_validity(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var issued = await kit.IssueAsync();
        var unknown = await kit.WithAsync(s => s.GetRequiredService<VoucherRedemption>()
            .RedeemAsync(VoucherCodes.Create(), false, null, "de", None));
        Assert.Equal("Voucher.NotFound", unknown.Problem?.Code);
        var malformed = await kit.WithAsync(s => s.GetRequiredService<VoucherRedemption>().RedeemAsync("1234", false, null, "de", None));
        Assert.Equal("Validation", malformed.Problem?.Code);

        await kit.RedeemAsync(issued);
        var again = await kit.WithAsync(s => s.GetRequiredService<VoucherRedemption>().RedeemAsync(issued.Code, true, null, "de", None));
        Assert.Equal("Voucher.AlreadyRedeemed", again.Problem?.Code);
        Assert.Equal(JobcenterStatus.NoInformation, (await kit.JobcenterSeesAsync(issued.Voucher.Id)).Status);

        var late = await kit.IssueAsync();
        kit.Offerings.Clock.Advance(TimeSpan.FromDays(100));
        var expired = await kit.WithAsync(s => s.GetRequiredService<VoucherRedemption>().RedeemAsync(late.Code, false, null, "de", None));
        Assert.Equal("Voucher.Expired", expired.Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task Fifty_parallel_redemptions_of_one_code_redeem_it_exactly_once(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var issued = await kit.IssueAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            kit.WithAsync(s => s.GetRequiredService<VoucherRedemption>().RedeemAsync(issued.Code, true, null, "de", None)))));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("Voucher.AlreadyRedeemed", o.Problem?.Code));
        await using var db = kit.Offerings.Database.CreateContext();
        Assert.Equal(1, await db.ReferralConsents.CountAsync(c => c.VoucherId == issued.Voucher.Id));
    }
}
