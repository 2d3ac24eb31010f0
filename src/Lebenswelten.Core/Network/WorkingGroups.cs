using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Network;

public sealed record WorkingGroupDraft(string? Name, string? Mandate, DateOnly? StartedOn, IReadOnlyList<Guid>? OrganisationIds);

/// <summary>Working groups inside a network ("AG Gesundes Chemnitz"): a name, a mandate and members from the network.</summary>
public sealed class WorkingGroups(LebensweltenDbContext db, NetworkLookup lookup, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<WorkingGroup>> CreateAsync(Guid networkId, WorkingGroupDraft draft, AuditActor actor, CancellationToken ct)
    {
        var found = await lookup.ManagedAsync(networkId, actor.UserId, ct);
        if (found.Value is not { } context)
        {
            return found.Problem!;
        }
        var organisations = draft.OrganisationIds?.Distinct().ToList() ?? [];
        var errors = new FieldErrors();
        NetworkRules.Text(errors, nameof(draft.Name), draft.Name, 200, required: true);
        NetworkRules.Text(errors, nameof(draft.Mandate), draft.Mandate, NetworkRules.MaxTextLength);
        var members = await db.NetworkMemberships.Where(m => m.NetworkId == networkId && organisations.Contains(m.OrganisationId))
            .CountAsync(ct);
        // Members of a working group come from the network: an outsider joins the network first.
        errors.AddIf(members != organisations.Count, nameof(draft.OrganisationIds), "NotMember");
        var name = draft.Name?.Trim();
        errors.AddIf(!errors.Any && await db.WorkingGroups.AnyAsync(g => g.NetworkId == networkId && g.Name == name, ct),
            nameof(draft.Name), "Taken");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var group = new WorkingGroup
        {
            NetworkId = networkId, Name = name!, Mandate = NetworkRules.Clean(draft.Mandate),
            StartedOn = draft.StartedOn ?? BerlinTime.LocalDate(clock.GetUtcNow()),
            Members = [.. organisations.Select(id => new WorkingGroupMember { OrganisationId = id })],
        };
        db.WorkingGroups.Add(group);
        audit.Record(actor, AuditAction.Create, "WorkingGroup", group.Id.ToString(), context.Network.SiteId);
        await db.SaveChangesAsync(ct);
        return group;
    }
}
