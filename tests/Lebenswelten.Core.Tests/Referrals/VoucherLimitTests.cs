using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Referrals.ReferralKit;

namespace Lebenswelten.Core.Tests.Referrals;

public sealed class VoucherLimitTests
{
    [Theory, BothProviders]
    public async Task Twenty_parallel_registrations_with_one_voucher_take_exactly_its_three_uses(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider, maxRegistrations: 3);
        var offerings = new List<Offering>();
        for (var i = 0; i < 20; i++)
        {
            offerings.Add(await kit.Offerings.CreateOfferingAsync(kit.Offerings.NewDraft(title: $"Kurs {i}")));
        }
        var redeemed = await kit.RedeemAsync(await kit.IssueAsync());

        var outcomes = await Task.WhenAll(offerings.Select(o => Task.Run(() => kit.WithAsync(s => s.GetRequiredService<VoucherHolder>()
            .RegisterAsync(redeemed.Voucher.Id, redeemed.HolderToken, o.Id, new Registrant(null, "Kim", "kim@example.org"), None)))));

        Assert.Equal(3, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("Voucher.UsedUp", o.Problem?.Code));
        await using var db = kit.Offerings.Database.CreateContext();
        Assert.Equal(3, await db.VoucherRegistrations.CountAsync(l => l.VoucherId == redeemed.Voucher.Id));
        Assert.Equal(3, (await db.Vouchers.SingleAsync(v => v.Id == redeemed.Voucher.Id)).RegistrationsUsed);
    }

    [Theory, BothProviders]
    public async Task An_offering_is_jointly_funded_only_by_insurers_of_its_own_site(DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        await using (var db = kit.Offerings.Database.CreateContext())
        {
            db.Organisations.AddRange(
                new Organisations.Organisation { SiteId = kit.Offerings.Site.Id, Name = "AOK PLUS", Kind = Organisations.OrganisationKind.Insurer },
                new Organisations.Organisation { SiteId = kit.Offerings.Site.Id, Name = "BKK", Kind = Organisations.OrganisationKind.Insurer });
            await db.SaveChangesAsync();
        }
        await using var read = kit.Offerings.Database.CreateContext();
        var insurers = await read.Organisations.Where(o => o.Kind == Organisations.OrganisationKind.Insurer).Select(o => o.Id).ToListAsync();

        var funded = await kit.Offerings.CreateOfferingAsync(kit.Offerings.NewDraft() with { FunderIds = insurers });
        Assert.Equal(insurers.Order(), funded.FunderIds.Order());
        var refused = await kit.WithAsync(s => s.GetRequiredService<OfferingEditor>().CreateAsync(kit.Offerings.Site.Id,
            kit.Offerings.NewDraft() with { FunderIds = [kit.Offerings.Provider.Id] }, kit.Offerings.ProviderActor, None));
        Assert.Equal("Validation", refused.Problem?.Code);
        Assert.Contains("FunderIds", refused.Problem!.FieldErrors!.Keys);
    }
}
