using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Network;

public sealed record GraphOrganisation(Guid Id, string Name, OrganisationKind Kind);

public sealed record GraphNetwork(Guid Id, string Name);

public sealed record GraphMembership(Guid NetworkId, Guid OrganisationId, NetworkRole Role);

public sealed record GraphAgreement(Guid Id, string Title, AgreementKind Kind, AgreementStatus Status, IReadOnlyList<Guid> OrganisationIds);

/// <summary>
/// Who works with whom at a site: organisations, the networks they are members of, and the agreements between them.
/// The same facts make the picture and the table, so nothing is only in the picture.
/// </summary>
public sealed record NetworkGraph(IReadOnlyList<GraphOrganisation> Organisations, IReadOnlyList<GraphNetwork> Networks,
    IReadOnlyList<GraphMembership> Memberships, IReadOnlyList<GraphAgreement> Agreements)
{
    /// <summary>Only organisations of the given kinds (all when none given), and the links between those.</summary>
    public NetworkGraph Of(IReadOnlyCollection<OrganisationKind> kinds)
    {
        if (kinds.Count == 0)
        {
            return this;
        }
        var kept = Organisations.Where(o => kinds.Contains(o.Kind)).ToList();
        var ids = kept.Select(o => o.Id).ToHashSet();
        return new NetworkGraph(kept, Networks, [.. Memberships.Where(m => ids.Contains(m.OrganisationId))],
            [.. Agreements.Select(a => a with { OrganisationIds = [.. a.OrganisationIds.Where(ids.Contains)] }).Where(a =>
                a.OrganisationIds.Count > 1)]);
    }

    /// <summary>The pairs of organisations an agreement links (each pair once per agreement).</summary>
    public IEnumerable<(GraphAgreement Agreement, Guid From, Guid To)> AgreementLinks() =>
        Agreements.SelectMany(a => a.OrganisationIds.SelectMany((from, i) => a.OrganisationIds.Skip(i + 1).Select(to => (a, from, to))));
}

/// <summary>Builds the picture of a site's network for its staff; agreements only as far as the person may read them.</summary>
public sealed class NetworkGraphs(LebensweltenDbContext db, NetworkAccess access, AgreementDirectory agreements, TimeProvider clock)
{
    public async Task<Outcome<NetworkGraph>> BuildAsync(Guid siteId, string? userId, CancellationToken ct)
    {
        var actor = await access.ActorAsync(userId, siteId, ct);
        if (!actor.IsStaff)
        {
            return DomainProblem.Forbidden("Network.Forbidden");
        }
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.SiteId == siteId).OrderBy(o => o.Name)
            .Select(o => new GraphOrganisation(o.Id, o.Name, o.Kind)).ToListAsync(ct);
        var networks = await db.HealthNetworks.AsNoTracking().Where(n => n.SiteId == siteId).OrderBy(n => n.Name)
            .Select(n => new GraphNetwork(n.Id, n.Name)).ToListAsync(ct);
        var memberships = await db.NetworkMemberships.AsNoTracking().Where(m => db.HealthNetworks.Any(n => n.Id == m.NetworkId
            && n.SiteId == siteId))
            .Select(m => new GraphMembership(m.NetworkId, m.OrganisationId, m.Role)).ToListAsync(ct);
        var visible = await agreements.ListAsync(siteId, userId, 1, int.MaxValue, ct);
        var today = BerlinTime.LocalDate(clock.GetUtcNow());
        // The reads are separate queries: a network or organisation added in between has no node yet, so no link either.
        var known = organisations.Select(o => o.Id).Concat(networks.Select(n => n.Id)).ToHashSet();
        memberships = [.. memberships.Where(m => known.Contains(m.NetworkId) && known.Contains(m.OrganisationId))];
        return new NetworkGraph(organisations, networks, memberships,
            [.. visible.Items.Select(v => new GraphAgreement(v.Agreement.Id, v.Agreement.Title, v.Agreement.Kind,
                v.Agreement.StatusOn(today),
                [.. v.Agreement.Parties.OrderBy(p => p.Position).Select(p => p.OrganisationId)]))]);
    }
}
