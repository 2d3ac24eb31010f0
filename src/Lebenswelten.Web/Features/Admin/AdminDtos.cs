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
public sealed record ReasonBody(string? Reason)
{
    /// <summary>
    /// The reason from an optional JSON body: read by hand, since a declared body parameter makes a bodyless call miss the
    /// endpoint (404) before authorization and the domain could answer. Unreadable JSON counts as no reason (then 422).
    /// </summary>
    public static async Task<string?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is 0 || request.HasJsonContentType() is false)
        {
            return null;
        }
        try
        {
            return (await request.ReadFromJsonAsync<ReasonBody>(ct))?.Reason;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
