using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Administration;

/// <summary>One sent invitation as its sender's list shows it.</summary>
public sealed record InvitationRow(Guid Id, string Email, Guid SiteId, string SiteSlug, string SiteName, SiteRole Role,
    InvitationState State, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt, DateTimeOffset? WithdrawnAt);

/// <summary>
/// The invitations a coordinator sent for their sites (an administrator: all), and what the sender can still do with
/// one: send it again with a new link (the old link stops working) or withdraw it (its link stops working at once).
/// Another site's invitation does not exist for a coordinator (404, never 403).
/// </summary>
public sealed class InvitationDesk(LebensweltenDbContext db, AuditLog audit, InvitationMails mails, TimeProvider clock)
{
    /// <summary>The invitations of one site (null: every site the scope manages), newest first; each read audited.</summary>
    public async Task<Outcome<(List<InvitationRow> Items, int Total)>> ListAsync(AdminScope scope, Guid? siteId, int page, int pageSize,
        AuditActor actor, CancellationToken ct)
    {
        if (siteId is { } site ? !scope.CanManageSite(site) : !scope.IsAdministrator && scope.CoordinatedSites.Count == 0)
        {
            return DomainProblem.Forbidden("Admin.NotAllowed");
        }
        var sites = scope.CoordinatedSites.ToList();
        var query = db.Invitations.AsNoTracking().Where(i => (siteId == null || i.SiteId == siteId)
            && (scope.IsAdministrator || sites.Contains(i.SiteId)));
        var now = clock.GetUtcNow();
        var rows = await query.OrderByDescending(i => i.CreatedAt).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(i => new { Invitation = i, i.Site!.Slug, i.Site.Name }).ToListAsync(ct);
        var items = rows.Select(r => Row(r.Invitation, r.Slug, r.Name, now)).ToList();
        await audit.RecordReadAsync(actor, "Invitation.List", siteId?.ToString(), siteId, ct,
            await SubjectsAsync(items.Select(i => i.Email), ct));
        return (items, await query.CountAsync(ct));
    }

    /// <summary>How many invitations of a site wait for an answer (the coordinator's start page).</summary>
    public Task<int> OpenCountAsync(Guid siteId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Invitations.CountAsync(i => i.SiteId == siteId && i.AcceptedAt == null && i.WithdrawnAt == null && i.ExpiresAt > now, ct);
    }

    /// <summary>A new link and a new week; the old link is refused from now on (its token hash is replaced).</summary>
    /// <param name="atSite">The site the sender acts at (a site's page); another site's invitation is then not found.</param>
    public async Task<Outcome<InvitationRow>> ResendAsync(AdminScope scope, Guid invitationId, string language, AuditActor actor,
        CancellationToken ct, Guid? atSite = null)
    {
        var found = await ChangeableAsync(scope, invitationId, atSite, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var invitation = found.Value!;
        var token = SecretToken.Create();
        var now = clock.GetUtcNow();
        invitation.TokenHash = Invitations.Hash(token);
        invitation.ExpiresAt = now + Invitations.Lifetime;
        audit.Record(actor, AuditAction.Change, "Invitation.Resent", invitation.Id.ToString(), invitation.SiteId);
        await mails.InvitedAsync(invitation, token, language, now, ct);
        await db.SaveChangesAsync(ct);
        return Row(invitation, invitation.Site!.Slug, invitation.Site.Name, now);
    }

    /// <summary>Withdraws the invitation: its link is refused at once.</summary>
    public async Task<Outcome<InvitationRow>> WithdrawAsync(AdminScope scope, Guid invitationId, AuditActor actor, CancellationToken ct,
        Guid? atSite = null)
    {
        var found = await ChangeableAsync(scope, invitationId, atSite, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var invitation = found.Value!;
        var now = clock.GetUtcNow();
        invitation.WithdrawnAt = now;
        audit.Record(actor, AuditAction.Change, "Invitation.Withdrawn", invitation.Id.ToString(), invitation.SiteId);
        await db.SaveChangesAsync(ct);
        return Row(invitation, invitation.Site!.Slug, invitation.Site.Name, now);
    }

    /// <summary>One invitation the scope manages, still open or expired (accepted and withdrawn ones are done).</summary>
    private async Task<Outcome<Invitation>> ChangeableAsync(AdminScope scope, Guid invitationId, Guid? atSite, CancellationToken ct)
    {
        var invitation = await db.Invitations.Include(i => i.Site).FirstOrDefaultAsync(i => i.Id == invitationId, ct);
        if (invitation is null || !scope.CanManage(invitation.SiteId, invitation.Role) || (atSite is { } site && invitation.SiteId != site))
        {
            return DomainProblem.NotFound("Invitation.NotFound");
        }
        return invitation.StateAt(clock.GetUtcNow()) switch
        {
            InvitationState.Accepted => DomainProblem.Conflict("Invitation.Used"),
            InvitationState.Withdrawn => DomainProblem.Conflict("Invitation.Withdrawn"),
            _ => invitation,
        };
    }

    private static InvitationRow Row(Invitation i, string slug, string name, DateTimeOffset now) =>
        new(i.Id, i.Email, i.SiteId, slug, name, i.Role, i.StateAt(now), i.CreatedAt, i.ExpiresAt, i.AcceptedAt, i.WithdrawnAt);

    private async Task<List<string?>> SubjectsAsync(IEnumerable<string> emails, CancellationToken ct)
    {
        var normalized = emails.Select(e => e.ToUpperInvariant()).Distinct().ToList();
        return await db.Users.Where(u => u.NormalizedEmail != null && normalized.Contains(u.NormalizedEmail))
            .Select(u => (string?)u.Id).ToListAsync(ct);
    }
}
