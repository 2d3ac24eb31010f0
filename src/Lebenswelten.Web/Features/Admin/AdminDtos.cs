using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Identity;

namespace Lebenswelten.Web.Features.Admin;

public sealed record RoleDto(Guid Id, string? Site, SiteRole Role, Guid? OrganisationId, string? Organisation)
{
    public static RoleDto From(RoleHeld r) => new(r.Id, r.SiteSlug, r.Role, r.OrganisationId, r.OrganisationName);
}

public sealed record UserDto(string Id, string Email, string? DisplayName, AccountStatus Status, bool TwoFactorEnabled,
    IReadOnlyList<RoleDto> Roles)
{
    public static UserDto From(UserSummary u) =>
        new(u.Id, u.Email, u.DisplayName, u.Status, u.TwoFactorEnabled, u.Roles.Select(RoleDto.From).ToList());
}

/// <summary><c>site</c>: the site's slug; leave it out for the global administrator role.</summary>
public sealed record RoleGrantBody(string? Site, SiteRole? Role, Guid? OrganisationId);

public sealed record AccountStatusDto(string Id, AccountStatus Status);

public sealed record InvitationBody(string? Email, SiteRole? Role, Guid? OrganisationId);

public sealed record InvitationDto(Guid Id, string Email, string Site, SiteRole Role, DateTimeOffset ExpiresAt);

/// <summary>Why someone's access is taken away; the person is told it by mail.</summary>
public sealed record ReasonBody(string? Reason);
