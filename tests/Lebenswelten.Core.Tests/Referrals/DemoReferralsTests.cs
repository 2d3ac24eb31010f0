using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Referrals;

public sealed class DemoReferralsTests
{
    [Theory, BothProviders]
    public async Task Leipzig_has_vouchers_open_redeemed_with_and_without_consent_withdrawn_and_expired_and_joint_funders(
        DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = CoreServices.For(database);
        await using (var scope = services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync("Demo-Passwort-fuer-Tests"));
        }

        await using var db = database.CreateContext();
        var leipzig = await db.Sites.SingleAsync(s => s.Slug == "leipzig");
        var vouchers = await db.Vouchers.Where(v => v.SiteId == leipzig.Id).ToListAsync();
        var consents = await db.ReferralConsents.ToListAsync();
        var today = BerlinTime.LocalDate(DateTimeOffset.UtcNow);
        var open = Assert.Single(vouchers, v => v.CodeHash == VoucherCodes.Hash(VoucherCodes.Normalise(DemoReferrals.OpenCode)!));
        Assert.False(open.IsRedeemed);
        Assert.Contains(vouchers, v => v.IsRedeemed && consents.Any(c => c.VoucherId == v.Id && c.IsActive));
        Assert.Contains(vouchers, v => v.IsRedeemed && consents.All(c => c.VoucherId != v.Id));
        Assert.Contains(vouchers, v => v.IsRedeemed && consents.Any(c => c.VoucherId == v.Id && !c.IsActive));
        Assert.Contains(vouchers, v => !v.IsRedeemed && !v.IsValidOn(today));
        var insurers = await db.Organisations.CountAsync(o => o.SiteId == leipzig.Id && o.Kind == Organisations.OrganisationKind.Insurer);
        Assert.True(insurers > 0);
        Assert.All(await db.Offerings.Where(o => o.SiteId == leipzig.Id).ToListAsync(), o => Assert.Equal(insurers, o.FunderIds.Count));
        Assert.Empty(await db.Vouchers.Where(v => v.SiteId != leipzig.Id).ToListAsync());
    }
}
