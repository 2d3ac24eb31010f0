using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// Who may act in the referral capability, read from the database (a role taken away counts at once), never from a flag
/// the caller passes. Administrators get no pass here: vouchers and their figures belong to the site's own roles.
/// </summary>
public sealed class ReferralAccess(LebensweltenDbContext db)
{
    public Task<bool> IsCounsellorAsync(string? userId, Guid siteId, CancellationToken ct) =>
        HasAsync(userId, siteId, [SiteRole.JobcenterCounsellor], ct);

    /// <summary>The site's coordinators and evaluators see the aggregated, suppressed figures.</summary>
    public Task<bool> MaySeeFiguresAsync(string? userId, Guid siteId, CancellationToken ct) =>
        HasAsync(userId, siteId, [SiteRole.Coordinator, SiteRole.Evaluator], ct);

    /// <summary>Signed paper consents and withdrawals: the site's counsellors and coordinators (<see cref="PaperConsents"/>).</summary>
    public Task<bool> MayRecordPaperConsentAsync(string? userId, Guid siteId, CancellationToken ct) =>
        HasAsync(userId, siteId, [SiteRole.JobcenterCounsellor, SiteRole.Coordinator], ct);

    private async Task<bool> HasAsync(string? userId, Guid siteId, SiteRole[] roles, CancellationToken ct) =>
        userId is not null
        && await db.SiteRoleAssignments.AnyAsync(a => a.UserId == userId && a.SiteId == siteId && roles.Contains(a.Role), ct);
}
