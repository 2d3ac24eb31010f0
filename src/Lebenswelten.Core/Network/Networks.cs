using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Network;

public sealed record NetworkDraft(string? Name, string? Description = null, bool OpenCall = false, string? OpenCallText = null);

public sealed record MemberDraft(Guid? OrganisationId, NetworkRole? Role, DateOnly? JoinedOn = null);

public sealed record NetworkSummary(HealthNetwork Network, int Members, int WorkingGroups, bool IsMember);

/// <summary>What a member of the site's staff sees of a network: its members and working groups.</summary>
public sealed record NetworkView(NetworkContext Context, IReadOnlyList<NetworkMembership> Members,
    IReadOnlyList<WorkingGroup> WorkingGroups)
{
    public HealthNetwork Network => Context.Network;
}

/// <summary>A site's coordinators set up networks and their membership; the site's staff see them.</summary>
public sealed class Networks(LebensweltenDbContext db, NetworkAccess access, NetworkLookup lookup, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<NetworkSummary>>> ListAsync(Guid siteId, string? userId, CancellationToken ct)
    {
        var actor = await access.ActorAsync(userId, siteId, ct);
        if (!actor.IsStaff)
        {
            return DomainProblem.Forbidden("Network.Forbidden");
        }
        var rows = await db.HealthNetworks.AsNoTracking().Where(n => n.SiteId == siteId).OrderBy(n => n.Name)
            .Select(n => new
            {
                Network = n,
                Members = db.NetworkMemberships.Count(m => m.NetworkId == n.Id),
                Groups = db.WorkingGroups.Count(g => g.NetworkId == n.Id),
                Mine = db.NetworkMemberships.Any(m => m.NetworkId == n.Id && actor.Organisations.Contains(m.OrganisationId)),
            })
            .ToListAsync(ct);
        return rows.Select(r => new NetworkSummary(r.Network, r.Members, r.Groups, actor.IsCoordinator || r.Mine)).ToList();
    }

    public async Task<Outcome<NetworkView>> FindAsync(Guid networkId, string? userId, CancellationToken ct)
    {
        var found = await lookup.VisibleAsync(networkId, userId, ct);
        if (found.Value is not { } context)
        {
            return found.Problem!;
        }
        var members = await db.NetworkMemberships.AsNoTracking().Include(m => m.Organisation)
            .Where(m => m.NetworkId == networkId).OrderBy(m => m.Role).ThenBy(m => m.Organisation!.Name).ToListAsync(ct);
        var groups = await db.WorkingGroups.AsNoTracking().Include(g => g.Members)
            .Where(g => g.NetworkId == networkId).OrderBy(g => g.Name).ToListAsync(ct);
        return new NetworkView(context, members, groups);
    }

    public async Task<Outcome<HealthNetwork>> CreateAsync(Guid siteId, NetworkDraft draft, AuditActor actor, CancellationToken ct)
    {
        var who = await access.ActorAsync(actor.UserId, siteId, ct);
        if (!who.IsCoordinator)
        {
            return DomainProblem.Forbidden("Network.Forbidden");
        }
        var network = new HealthNetwork { SiteId = siteId, Name = "", CreatedAt = clock.GetUtcNow() };
        return await SaveAsync(network, draft, actor, isNew: true, ct);
    }

    public async Task<Outcome<HealthNetwork>> UpdateAsync(Guid networkId, NetworkDraft draft, AuditActor actor, CancellationToken ct)
    {
        var found = await lookup.ManagedAsync(networkId, actor.UserId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var network = await db.HealthNetworks.SingleAsync(n => n.Id == networkId, ct);
        return await SaveAsync(network, draft, actor, isNew: false, ct);
    }

    public async Task<Outcome<NetworkMembership>> AddMemberAsync(Guid networkId, MemberDraft draft, AuditActor actor, CancellationToken ct)
    {
        var found = await lookup.ManagedAsync(networkId, actor.UserId, ct);
        if (found.Value is not { } context)
        {
            return found.Problem!;
        }
        var errors = new FieldErrors();
        errors.AddIf(draft.OrganisationId is null, nameof(draft.OrganisationId), "Required");
        NetworkRules.Choice(errors, nameof(draft.Role), draft.Role);
        if (draft.OrganisationId is { } id && !await db.Organisations.AnyAsync(o => o.Id == id && o.SiteId == context.Network.SiteId, ct))
        {
            errors.Add(nameof(draft.OrganisationId), "NotAtSite");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (await db.NetworkMemberships.AnyAsync(m => m.NetworkId == networkId && m.OrganisationId == draft.OrganisationId, ct))
        {
            return DomainProblem.Conflict("Network.AlreadyMember");
        }
        var membership = Join(networkId, draft.OrganisationId!.Value, draft.Role!.Value, draft.JoinedOn);
        audit.Record(actor, AuditAction.Create, "NetworkMembership", membership.Id.ToString(), context.Network.SiteId);
        await db.SaveChangesAsync(ct);
        return membership;
    }

    public async Task<Outcome<bool>> RemoveMemberAsync(Guid networkId, Guid organisationId, AuditActor actor, CancellationToken ct)
    {
        var found = await lookup.ManagedAsync(networkId, actor.UserId, ct);
        if (found.Value is not { } context)
        {
            return found.Problem!;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var removed = await db.NetworkMemberships.Where(m => m.NetworkId == networkId && m.OrganisationId ==
            organisationId).ExecuteDeleteAsync(ct);
        if (removed == 0)
        {
            return DomainProblem.NotFound("Network.MemberNotFound");
        }
        await db.WorkingGroupMembers.Where(m => m.OrganisationId == organisationId
            && db.WorkingGroups.Any(g => g.Id == m.WorkingGroupId && g.NetworkId == networkId)).ExecuteDeleteAsync(ct);
        audit.Record(actor, AuditAction.Delete, "NetworkMembership", $"{networkId}/{organisationId}", context.Network.SiteId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Adds the membership to the unit of work (the open call's acceptance uses it too).</summary>
    internal NetworkMembership Join(Guid networkId, Guid organisationId, NetworkRole role, DateOnly? joinedOn)
    {
        var membership = new NetworkMembership
        {
            NetworkId = networkId, OrganisationId = organisationId, Role = role,
            JoinedOn = joinedOn ?? BerlinTime.LocalDate(clock.GetUtcNow()),
        };
        db.NetworkMemberships.Add(membership);
        return membership;
    }

    private async Task<Outcome<HealthNetwork>> SaveAsync(HealthNetwork network, NetworkDraft draft, AuditActor actor, bool isNew,
        CancellationToken ct)
    {
        var errors = new FieldErrors();
        NetworkRules.Text(errors, nameof(draft.Name), draft.Name, 200, required: true);
        NetworkRules.Text(errors, nameof(draft.Description), draft.Description, NetworkRules.MaxTextLength);
        NetworkRules.Text(errors, nameof(draft.OpenCallText), draft.OpenCallText, NetworkRules.MaxTextLength, required: draft.OpenCall);
        var name = draft.Name?.Trim();
        // A name people can read and sort: it begins with a letter or a digit (not with quotes, markup or punctuation).
        errors.AddIf(!string.IsNullOrEmpty(name) && !char.IsLetterOrDigit(name[0]), nameof(draft.Name), "Invalid");
        if (!errors.Any && await db.HealthNetworks.AnyAsync(n => n.SiteId == network.SiteId && n.Name == name && n.Id != network.Id, ct))
        {
            errors.Add(nameof(draft.Name), "Taken");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        network.Name = name!;
        network.Description = NetworkRules.Clean(draft.Description);
        network.OpenCall = draft.OpenCall;
        network.OpenCallText = NetworkRules.Clean(draft.OpenCallText);
        if (isNew)
        {
            db.HealthNetworks.Add(network);
        }
        audit.Record(actor, isNew ? AuditAction.Create : AuditAction.Change, "Network", network.Id.ToString(), network.SiteId);
        await db.SaveChangesAsync(ct);
        return network;
    }
}
