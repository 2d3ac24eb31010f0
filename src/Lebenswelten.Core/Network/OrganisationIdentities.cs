using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Network;

/// <summary>
/// Links a site's organisation to the real organisation behind it, for insurers by their institution code (IK). Only
/// the administrator may: an insurer's identity decides whose agreements its officers see at every site, so a site's
/// coordinator who could claim AOK PLUS's IK for an organisation of theirs could read AOK PLUS's agreements everywhere.
/// </summary>
public sealed class OrganisationIdentities(LebensweltenDbContext db, INetworkPeople people, AuditLog audit)
{
    /// <param name="ik">The insurer's IK; null or empty unlinks the organisation.</param>
    public async Task<Outcome<Organisation>> LinkByIkAsync(Guid organisationId, string? ik, AuditActor actor, CancellationToken ct)
    {
        if (actor.UserId is null || !(await people.RolesAsync(actor.UserId, ct)).Any(r => r.Role == HeldRole.Administrator))
        {
            return DomainProblem.Forbidden("Organisation.Forbidden");
        }
        if (await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, ct) is not { } organisation)
        {
            return DomainProblem.NotFound("Organisation.NotFound");
        }
        var code = TypedText.TrimmedOrNull(ik)?.Replace(" ", "", StringComparison.Ordinal);
        if (code is null)
        {
            organisation.IdentityId = null;
        }
        else if (organisation.Kind != OrganisationKind.Insurer)
        {
            return DomainProblem.Field("Ik", "OnlyInsurers");
        }
        else if (!InstitutionCode.IsValid(code))
        {
            return DomainProblem.Field("Ik", "InvalidIk");
        }
        else
        {
            var identity = await db.OrganisationIdentities.FirstOrDefaultAsync(i => i.Ik == code, ct);
            if (identity is null)
            {
                identity = new OrganisationIdentity { Name = organisation.Name, Ik = code };
                db.OrganisationIdentities.Add(identity);
            }
            organisation.IdentityId = identity.Id;
        }
        audit.Record(actor, AuditAction.Change, "Organisation.Identity", organisation.Id.ToString(), organisation.SiteId);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    /// <summary>The same organisation at every site (its own row included), for the cross-site view.</summary>
    public Task<List<Organisation>> SameAsync(Guid identityId, CancellationToken ct) =>
        db.Organisations.AsNoTracking().Where(o => o.IdentityId == identityId).OrderBy(o => o.SiteId).ToListAsync(ct);
}
