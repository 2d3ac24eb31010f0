using Lebenswelten.Core.Referrals;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;

namespace Lebenswelten.Web.Features.Referrals;

/// <summary>
/// The jobcenter's voucher pages: the policy lets the site's staff in, the domain (<see cref="ReferralAccess"/>) lets only the
/// site's counsellors on; everyone else is refused (403).
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public abstract class CounsellorPage(BackOfficeServices services, ReferralAccess access, IStringLocalizer text)
    : BackOfficePage(services, text)
{
    /// <summary>Loads the site; false when it is unknown (404) or the caller is no counsellor there (<see cref="Refused"/>).</summary>
    protected async Task<bool> LoadCounsellorAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return false;
        }
        Refused = !await access.IsCounsellorAsync(User.UserId(), Site.Id, ct);
        return !Refused;
    }

    protected bool Refused { get; private set; }

    protected Microsoft.AspNetCore.Mvc.IActionResult NotShown() => Refused ? Forbid() : NotFound();
}
