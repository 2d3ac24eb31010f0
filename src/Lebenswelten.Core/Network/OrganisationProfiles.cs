using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Network;

public sealed record OrganisationDraft(string? Name, OrganisationKind? Kind, string? Description = null,
    string? Street = null, string? PostalCode = null, string? City = null, string? Email = null, string? Phone = null,
    string? Website = null, FieldsOfAction FieldsOfWork = FieldsOfAction.None, TargetGroups TargetGroups = TargetGroups.None,
    IReadOnlyList<Guid>? DistrictIds = null);

/// <summary>An organisation as its site's staff see it: the profile, its identity across sites, its networks.</summary>
public sealed record OrganisationProfile(Organisation Organisation, OrganisationIdentity? Identity,
    IReadOnlyList<(HealthNetwork Network, NetworkMembership Membership)> Networks, bool CanEdit, bool CanSeeContacts);

/// <summary>
/// Organisation profiles: the site's coordinators add and edit their site's organisations, an organisation's own people
/// edit its profile. Linking it to an organisation known at other sites is the administrator's (<see cref="OrganisationIdentities"/>).
/// </summary>
public sealed class OrganisationProfiles(LebensweltenDbContext db, NetworkAccess access, AuditLog audit)
{
    /// <summary>The site's organisations for its staff, by name (names and kinds are no personal data).</summary>
    public async Task<Outcome<IReadOnlyList<Organisation>>> ListAsync(Guid siteId, string? userId, CancellationToken ct)
    {
        if (!(await access.ActorAsync(userId, siteId, ct)).IsStaff)
        {
            return DomainProblem.Forbidden("Organisation.Forbidden");
        }
        return await db.Organisations.AsNoTracking().Where(o => o.SiteId == siteId).OrderBy(o => o.Name).ToListAsync(ct);
    }

    public async Task<Outcome<OrganisationProfile>> FindAsync(Guid organisationId, string? userId, CancellationToken ct)
    {
        if (await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct) is not { } organisation)
        {
            return DomainProblem.NotFound("Organisation.NotFound");
        }
        var actor = await access.ActorAsync(userId, organisation.SiteId, ct);
        if (!actor.IsStaff)
        {
            return DomainProblem.NotFound("Organisation.NotFound");
        }
        var identity = organisation.IdentityId is { } id ? await db.OrganisationIdentities.AsNoTracking().FirstOrDefaultAsync(i =>
            i.Id == id, ct) : null;
        var networks = await db.NetworkMemberships.AsNoTracking().Where(m => m.OrganisationId == organisationId)
            .Join(db.HealthNetworks, m => m.NetworkId, n => n.Id, (m, n) => new { n, m }).OrderBy(x => x.n.Name).ToListAsync(ct);
        return new OrganisationProfile(organisation, identity, [.. networks.Select(x => (x.n, x.m))],
            NetworkAccess.CanEditProfile(actor, organisationId), await access.CanSeeContactsAsync(actor, organisationId, ct));
    }

    public async Task<Outcome<Organisation>> CreateAsync(Guid siteId, OrganisationDraft draft, AuditActor actor, CancellationToken ct)
    {
        var who = await access.ActorAsync(actor.UserId, siteId, ct);
        if (!who.IsCoordinator)
        {
            return DomainProblem.Forbidden("Organisation.Forbidden");
        }
        return await SaveAsync(new Organisation { SiteId = siteId, Name = "" }, draft, actor, isNew: true, ct);
    }

    public async Task<Outcome<Organisation>> UpdateAsync(Guid organisationId, OrganisationDraft draft, AuditActor actor,
        CancellationToken ct)
    {
        if (await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, ct) is not { } organisation)
        {
            return DomainProblem.NotFound("Organisation.NotFound");
        }
        var who = await access.ActorAsync(actor.UserId, organisation.SiteId, ct);
        if (!who.IsStaff)
        {
            return DomainProblem.NotFound("Organisation.NotFound");
        }
        if (!NetworkAccess.CanEditProfile(who, organisationId))
        {
            return DomainProblem.Forbidden("Organisation.Forbidden");
        }
        // Name and kind say who an organisation is (an insurer's kind opens funding and partnerships): its own people keep
        // the rest of the profile, the coordinators these two.
        if (!who.IsCoordinator && (draft.Kind != organisation.Kind || draft.Name?.Trim() != organisation.Name))
        {
            var errors = new FieldErrors();
            errors.AddIf(draft.Kind != organisation.Kind, nameof(draft.Kind), "CoordinatorOnly");
            errors.AddIf(draft.Name?.Trim() != organisation.Name, nameof(draft.Name), "CoordinatorOnly");
            return errors.ToProblem();
        }
        return await SaveAsync(organisation, draft, actor, isNew: false, ct);
    }

    private async Task<Outcome<Organisation>> SaveAsync(Organisation organisation, OrganisationDraft draft, AuditActor actor, bool isNew,
        CancellationToken ct)
    {
        var districts = draft.DistrictIds?.Distinct().ToList() ?? [];
        var errors = Validate(draft);
        var known = await db.Districts.CountAsync(d => d.SiteId == organisation.SiteId && districts.Contains(d.Id), ct);
        errors.AddIf(known != districts.Count, nameof(draft.DistrictIds), "UnknownDistrict");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        organisation.Name = draft.Name!.Trim();
        organisation.Kind = draft.Kind!.Value;
        organisation.Description = NetworkRules.Clean(draft.Description);
        organisation.Address = new PostalAddress
        {
            Street = NetworkRules.Clean(draft.Street), PostalCode = NetworkRules.Clean(draft.PostalCode), City =
                NetworkRules.Clean(draft.City),
        };
        organisation.Email = NetworkRules.Clean(draft.Email);
        organisation.Phone = NetworkRules.Clean(draft.Phone);
        organisation.Website = NetworkRules.Clean(draft.Website);
        organisation.FieldsOfWork = draft.FieldsOfWork;
        organisation.TargetGroups = draft.TargetGroups;
        organisation.DistrictIds = districts;
        if (isNew)
        {
            db.Organisations.Add(organisation);
        }
        audit.Record(actor, isNew ? AuditAction.Create : AuditAction.Change, "Organisation", organisation.Id.ToString(),
            organisation.SiteId);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    private static FieldErrors Validate(OrganisationDraft draft)
    {
        var errors = new FieldErrors();
        NetworkRules.Text(errors, nameof(draft.Name), draft.Name, 300, required: true);
        NetworkRules.Choice(errors, nameof(draft.Kind), draft.Kind);
        NetworkRules.Text(errors, nameof(draft.Description), draft.Description, Organisation.MaxDescriptionLength);
        NetworkRules.Text(errors, nameof(draft.Street), draft.Street, 200);
        NetworkRules.PostalCode(errors, nameof(draft.PostalCode), draft.PostalCode);
        NetworkRules.Text(errors, nameof(draft.City), draft.City, 100);
        NetworkRules.Email(errors, nameof(draft.Email), draft.Email);
        NetworkRules.Text(errors, nameof(draft.Phone), draft.Phone, 60);
        NetworkRules.Link(errors, nameof(draft.Website), draft.Website);
        NetworkRules.Flags(errors, nameof(draft.FieldsOfWork), draft.FieldsOfWork);
        NetworkRules.Flags(errors, nameof(draft.TargetGroups), draft.TargetGroups);
        return errors;
    }
}
