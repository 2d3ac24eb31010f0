using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.Roles;
using Microsoft.AspNetCore.Authorization;

namespace Lebenswelten.Web.Features.Admin;

/// <summary>Every invitation of every site, for the platform administrator (issue 25).</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class InvitationsModel(InvitationDesk desk, SiteDirectory sites, AdminScopes scopes,
    IStringLocalizer<AdministrationResource> text) : InvitationsPage(desk, sites, scopes, text);
