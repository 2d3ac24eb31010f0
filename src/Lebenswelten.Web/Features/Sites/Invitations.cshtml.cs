using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.Roles;
using Microsoft.AspNetCore.Authorization;

namespace Lebenswelten.Web.Features.Sites;

/// <summary>The invitations sent for this site, for its coordinators (issue 25).</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class InvitationsModel(InvitationDesk desk, SiteDirectory sites, AdminScopes scopes, IStringLocalizer<SitesResource> text)
    : InvitationsPage(desk, sites, scopes, text);
