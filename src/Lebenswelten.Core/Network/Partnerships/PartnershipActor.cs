using Lebenswelten.Core.Organisations;
namespace Lebenswelten.Core.Network.Partnerships;

/// <summary>
/// Who one person is for agreements, across every site: the sites they coordinate, the organisations they act for, and,
/// for insurer officers, the insurers they act for with those insurers' identities, since an insurer's officers see
/// its agreements at every site. Read from the database, never from the caller.
/// </summary>
public sealed record PartnershipActor(string? UserId, bool IsAdministrator, IReadOnlyList<Guid> CoordinatedSites,
    IReadOnlyList<Guid> Organisations, IReadOnlyList<Guid> InsurerOrganisations, IReadOnlyList<Guid> InsurerIdentities,
    IReadOnlyList<Guid> InsurerSites)
{
    public static async Task<PartnershipActor> LoadAsync(INetworkPeople people, string? userId, CancellationToken ct)
    {
        var rows = userId is null ? [] : await people.RolesAsync(userId, ct);
        var insurer = rows.Where(r => r.Role == HeldRole.InsurerOfficer && r.OrganisationKind == OrganisationKind.Insurer).ToList();
        return new PartnershipActor(userId, rows.Any(r => r.Role == HeldRole.Administrator),
            [.. rows.Where(r => r.Role == HeldRole.Coordinator && r.SiteId != null).Select(r => r.SiteId!.Value).Distinct()],
            [.. rows.Where(r => r.Role != HeldRole.Resident && r.OrganisationId != null).Select(r => r.OrganisationId!.Value).Distinct()],
            [.. insurer.Select(r => r.OrganisationId!.Value).Distinct()],
            [.. insurer.Where(r => r.OrganisationIdentityId != null).Select(r => r.OrganisationIdentityId!.Value).Distinct()],
            [.. insurer.Where(r => r.SiteId != null).Select(r => r.SiteId!.Value).Distinct()]);
    }

    public bool Coordinates(Guid siteId) => IsAdministrator || CoordinatedSites.Contains(siteId);

    /// <summary>Acts for this party as its insurer: the same organisation, or the same insurer at another site.</summary>
    public bool IsInsurerOf(AgreementParty party) =>
        InsurerOrganisations.Contains(party.OrganisationId)
        || (party.Organisation?.IdentityId is { } identity && InsurerIdentities.Contains(identity));

    public bool CanRead(Agreement agreement) =>
        Coordinates(agreement.SiteId) || agreement.Parties.Any(p => Organisations.Contains(p.OrganisationId) || IsInsurerOf(p));

    /// <summary>Drafts are edited (and signed agreements ended) by the site's coordinators and the party insurers' officers.</summary>
    public bool CanEdit(Agreement agreement) => Coordinates(agreement.SiteId) || agreement.Parties.Any(IsInsurerOf);

    /// <summary>
    /// Where an insurer is a party, one of its officers records the signing (seed 001: the insurer decides on the
    /// partnership); without an insurer, the site's coordinators do.
    /// </summary>
    public bool CanSign(Agreement agreement) =>
        agreement.Parties.Any(p => p.Organisation?.Kind == OrganisationKind.Insurer)
            ? agreement.Parties.Any(IsInsurerOf)
            : Coordinates(agreement.SiteId);
}

/// <summary>The agreements a person may read, as a query (for lists that are filtered and paged in the database).</summary>
internal static class AgreementQueries
{
    public static IQueryable<Agreement> VisibleTo(this IQueryable<Agreement> agreements, PartnershipActor actor) =>
        actor.IsAdministrator ? agreements : agreements.Where(a => actor.CoordinatedSites.Contains(a.SiteId)
            || a.Parties.Any(p => actor.Organisations.Contains(p.OrganisationId)
                || actor.InsurerOrganisations.Contains(p.OrganisationId)
                || (p.Organisation!.IdentityId != null && actor.InsurerIdentities.Contains(p.Organisation.IdentityId.Value))));
}
