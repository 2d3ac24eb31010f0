using Lebenswelten.Core.Privacy;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>
/// The base of the network's staff pages: the site's staff get in (policy), the domain services decide what each finds
/// (NetworkAccess, PartnershipActor); a record of another site is not found.
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public abstract class NetworkStaffPage(BackOfficeServices services, IStringLocalizer<NetworkResource> text) : BackOfficePage(services, text)
{
    protected AuditActor Actor => HttpContext.AuditActor();

    protected DateOnly Today => BerlinTime.LocalDate(Clock.GetUtcNow());

    /// <summary>Shows a refused action at the top of the page (a field error under its field, if the page has one).</summary>
    protected void Refused(DomainProblem problem, string prefix = "Input") => Show(problem, prefix);
}
