using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Referrals;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Referrals;

/// <summary>An offering kit with the referral services, a jobcenter counsellor and a coordinator at the kit's site.</summary>
public sealed class ReferralKit : IAsyncDisposable
{
    public static readonly CancellationToken None = CancellationToken.None;

    private ReferralKit(OfferingTestKit offerings) => Offerings = offerings;

    public OfferingTestKit Offerings { get; }
    public AuditActor Counsellor { get; private set; } = null!;
    public AuditActor Coordinator { get; private set; } = null!;

    public static async Task<ReferralKit> CreateAsync(DatabaseProvider provider, int maxRegistrations = 3)
    {
        var offerings = await OfferingTestKit.CreateAsync(provider, configure: s => s.AddReferrals(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Referrals:MaxRegistrationsPerVoucher"] = $"{maxRegistrations}" })
            .Build()).AddSingleton<IVoucherLinks, TestVoucherLinks>());
        var kit = new ReferralKit(offerings);
        kit.Counsellor = new AuditActor(await kit.AddUserAsync("counsellor", SiteRole.JobcenterCounsellor), "127.0.0.1");
        kit.Coordinator = new AuditActor(await kit.AddUserAsync("coordinator", SiteRole.Coordinator), "127.0.0.1");
        return kit;
    }

    public async Task<string> AddUserAsync(string name, SiteRole role, Guid? siteId = null)
    {
        await using var db = Offerings.Database.CreateContext();
        var email = $"{name}-{Guid.NewGuid():N}@test.invalid";
        var user = new AppUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant() };
        db.Users.Add(user);
        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = siteId ?? Offerings.Site.Id, Role = role });
        await db.SaveChangesAsync();
        return user.Id;
    }

    public Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work) => Offerings.WithAsync(work);

    public async Task<IssuedVoucher> IssueAsync(params OfferingCategory[] categories) =>
        (await WithAsync(s => s.GetRequiredService<VoucherIssuing>().IssueAsync(Offerings.Site.Id,
            new VoucherDraft(categories.Length == 0 ? [OfferingCategory.Exercise] : categories, "Nur für Sie: probieren Sie es aus.", null),
            Counsellor, None))).Value!;

    public async Task<RedeemedVoucher> RedeemAsync(IssuedVoucher issued, bool tellJobcenter = false, string? userId = null) =>
        (await WithAsync(s => s.GetRequiredService<VoucherRedemption>().RedeemAsync(issued.Code, tellJobcenter, userId, "de", None)))
            .Value ?? throw new InvalidOperationException("not redeemed");

    public Task<JobcenterView> JobcenterSeesAsync(Guid voucherId) =>
        WithAsync(async s => (await s.GetRequiredService<VoucherIssuing>().ViewAsync(voucherId, Counsellor, None)).Value!);

    public ValueTask DisposeAsync() => Offerings.DisposeAsync();
}

/// <summary>The redemption link as the voucher mail carries it, pointing nowhere real.</summary>
public sealed class TestVoucherLinks : IVoucherLinks
{
    public string Redeem(string code) => $"https://test.invalid/gutschein?code={code}";
}
