using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Privacy;

/// <summary>Who acted, as the person whose data it was sees them: name, and roles with site and organisation.</summary>
public sealed record AccessActor(string? DisplayName, IReadOnlyList<AccessActorRole> Roles);

public sealed record AccessActorRole(SiteRole Role, string? SiteName, string? OrganisationName);

public sealed record AccessRecord(DateTimeOffset At, AuditAction Action, string DataKind, string? RecordId, AccessActor? Actor);

public sealed record AccessPage(IReadOnlyList<AccessRecord> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// "Who accessed my data" (GDPR Art. 15(1)(c)): the audit lines whose subject is the person, newest first,
/// one page at a time; the same for the account page and the API.
/// </summary>
public sealed class AccessReport(LebensweltenDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<AccessPage> ForSubjectAsync(string userId, int page, int pageSize, CancellationToken ct)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        // Far beyond any real log, and (page - 1) * pageSize stays an int.
        page = Math.Clamp(page, 1, 1_000_000);
        var mine = db.AuditEntries.AsNoTracking().Where(e => e.SubjectUserId == userId);
        var total = await mine.CountAsync(ct);
        var entries = await mine.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var actorIds = entries.Select(e => e.ActorUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var roles = (await db.SiteRoleAssignments.AsNoTracking().Where(a => actorIds.Contains(a.UserId))
                .Select(a => new
                {
                    a.UserId, a.Role, Site = a.Site == null ? null : a.Site.Name,
                    Organisation = a.Organisation == null ? null : a.Organisation.Name,
                })
                .ToListAsync(ct))
            .ToLookup(a => a.UserId, a => new AccessActorRole(a.Role, a.Site, a.Organisation));
        var items = entries.Select(e => new AccessRecord(e.At, e.Action, e.DataKind, e.RecordId,
            e.ActorUserId is { } actor ? new AccessActor(names.GetValueOrDefault(actor), [.. roles[actor]]) : null)).ToList();
        return new AccessPage(items, page, pageSize, total);
    }
}
