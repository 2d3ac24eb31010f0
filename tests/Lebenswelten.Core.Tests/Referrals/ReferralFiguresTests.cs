using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Referrals.ReferralKit;

namespace Lebenswelten.Core.Tests.Referrals;

public sealed class ReferralFiguresTests
{
    [Theory, BothProviders]
    public async Task Coordinators_see_monthly_figures_with_every_count_under_five_held_back_and_counsellors_see_none(
        DatabaseProvider provider)
    {
        await using var kit = await ReferralKit.CreateAsync(provider);
        var vouchers = new List<IssuedVoucher>();
        for (var i = 0; i < 6; i++)
        {
            vouchers.Add(await kit.IssueAsync());
        }
        foreach (var voucher in vouchers.Take(2))
        {
            await kit.RedeemAsync(voucher);
        }

        var figures = await kit.WithAsync(s => s.GetRequiredService<ReferralFigures>()
            .ForYearAsync(kit.Offerings.Site.Id, 2026, kit.Coordinator.UserId, None));
        var march = figures.Value!.Single(m => m.Month == 3);
        Assert.Equal(new Cell(6, false), march.Issued);
        Assert.Equal(new Cell(null, true), march.Redeemed);
        Assert.Equal(new Cell(null, true), march.RegistrationsByCategory[OfferingCategory.Exercise]);
        Assert.Equal(new Cell(null, true), figures.Value!.Single(m => m.Month == 4).Issued);

        var counsellor = await kit.WithAsync(s => s.GetRequiredService<ReferralFigures>()
            .ForYearAsync(kit.Offerings.Site.Id, 2026, kit.Counsellor.UserId, None));
        Assert.Equal("ReferralFigures.Forbidden", counsellor.Problem?.Code);
    }
}
