using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Referrals.ReferralKit;

namespace Lebenswelten.Core.Tests.Referrals;

public sealed class VoucherMailTests
{
    private static VoucherIssuing Issuing(IServiceProvider s) => s.GetRequiredService<VoucherIssuing>();

    [Theory, BothProviders]
    public async Task A_mailed_voucher_waits_in_the_outbox_in_its_language_and_is_deleted_once_sent_the_voucher_never_holding_the_address(
        DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var issued = (await kit.WithAsync(s => Issuing(s).IssueAsync(kit.Offerings.Site.Id,
            new VoucherDraft([OfferingCategory.Exercise], "Montags im Park", null, "tr"), kit.Counsellor, None, " kunde@example.org "))).Value!;

        await using (var db = kit.Offerings.Database.CreateContext())
        {
            var mail = await db.OutboxMessages.SingleAsync(m => m.Template == VoucherMails.Template && m.To == "kunde@example.org");
            Assert.Equal("Sağlık hizmetleri için kupon", mail.Subject);
            Assert.Contains(issued.Code, mail.TextBody, StringComparison.Ordinal);
            Assert.Contains($"https://test.invalid/gutschein?code={issued.Code}", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("Montags im Park", mail.TextBody, StringComparison.Ordinal);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.DataKind == VoucherMails.AuditKind && a.RecordId == issued.Voucher.Id.ToString()
                && a.ActorUserId == kit.Counsellor.UserId && a.Action == AuditAction.Create));
            var row = await db.Vouchers.AsNoTracking().SingleAsync(v => v.Id == issued.Voucher.Id);
            Assert.DoesNotContain("kunde@example.org", System.Text.Json.JsonSerializer.Serialize(row), StringComparison.Ordinal);

            // Retention: unsent mails stay (the sender still needs them), sent ones go at the next run.
            Assert.Equal(0, await kit.WithAsync(s => s.GetServices<IPersonalDataParticipant>().OfType<ReferralPersonalData>().Single()
                .PurgeExpiredAsync(kit.Offerings.Clock.GetUtcNow(), None)));
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.Id == mail.Id));
            await db.OutboxMessages.Where(m => m.Id == mail.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, kit.Offerings.Clock.GetUtcNow()));
            await kit.WithAsync(s => s.GetServices<IPersonalDataParticipant>().OfType<ReferralPersonalData>().Single()
                .PurgeExpiredAsync(kit.Offerings.Clock.GetUtcNow(), None));
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.Id == mail.Id));
        }
    }

    [Theory, BothProviders]
    public async Task A_bad_address_issues_nothing_and_only_the_issuing_counsellor_mails_during_the_conversation(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var refused = await kit.WithAsync(s => Issuing(s).IssueAsync(kit.Offerings.Site.Id,
            new VoucherDraft([], null, null), kit.Counsellor, None, "keine-adresse"));
        Assert.Equal(["Categories", "Email"], refused.Problem!.FieldErrors!.Keys.Order());
        await using var db = kit.Offerings.Database.CreateContext();
        Assert.Equal(0, await db.Vouchers.CountAsync());

        var issued = await kit.IssueAsync();
        var colleague = new AuditActor(await kit.AddUserAsync("colleague", Lebenswelten.Core.Identity.SiteRole.JobcenterCounsellor), null);
        Assert.Equal("Voucher.NotFound", (await kit.WithAsync(s => Issuing(s).MailAsync(issued.Voucher.Id, "a@example.org", colleague, None)))
            .Problem?.Code);
        Assert.Equal("InvalidEmail", (await kit.WithAsync(s => Issuing(s).MailAsync(issued.Voucher.Id, "a@b", kit.Counsellor, None)))
            .Problem?.FieldErrors?["Email"].Single());
        Assert.True((await kit.WithAsync(s => Issuing(s).MailAsync(issued.Voucher.Id, "a@example.org", kit.Counsellor, None))).Succeeded);

        kit.Offerings.Clock.Advance(VoucherIssuing.PrintWindow + TimeSpan.FromMinutes(1));
        Assert.Equal("Voucher.PrintClosed", (await kit.WithAsync(s => Issuing(s).MailAsync(issued.Voucher.Id, "a@example.org", kit.Counsellor, None)))
            .Problem?.Code);
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Template == VoucherMails.Template));
    }
}
