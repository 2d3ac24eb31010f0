using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Network.Partnerships;

public sealed record PartyDraft(Guid? OrganisationId, string? SignatoryName = null, string? SignatoryFunction = null,
    string? OnBehalfOf = null);

public sealed record AgreementDraft(AgreementKind? Kind, string? Title, string? Summary = null, DateOnly? StartsOn = null,
    DateOnly? EndsOn = null, FieldsOfAction FieldsOfAction = FieldsOfAction.None, LifePhases LifePhases = LifePhases.None,
    TargetGroups TargetGroups = TargetGroups.None, IReadOnlyList<Guid>? DistrictIds = null, IReadOnlyList<PartyDraft>? Parties = null);

/// <summary>
/// Drafts agreements between two or more organisations of a site: the site's coordinators, and insurer officers there
/// for agreements their insurer is party to. A signed agreement is a record and no longer changes (<see cref="AgreementSigning"/>).
/// </summary>
public sealed class AgreementEditor(LebensweltenDbContext db, INetworkPeople people, AuditLog audit, TimeProvider clock)
{
    public const int MaxParties = 20;

    public async Task<Outcome<Agreement>> CreateAsync(Guid siteId, AgreementDraft draft, AuditActor actor, CancellationToken ct)
    {
        var who = await PartnershipActor.LoadAsync(people, actor.UserId, ct);
        if (!who.Coordinates(siteId) && !who.InsurerSites.Contains(siteId))
        {
            return DomainProblem.Forbidden("Agreement.Forbidden");
        }
        var agreement = new Agreement { SiteId = siteId, Title = "", CreatedAt = clock.GetUtcNow() };
        return await SaveAsync(agreement, draft, who, actor, isNew: true, ct);
    }

    public async Task<Outcome<Agreement>> UpdateAsync(Guid agreementId, AgreementDraft draft, AuditActor actor, CancellationToken ct)
    {
        var who = await PartnershipActor.LoadAsync(people, actor.UserId, ct);
        var agreement = await db.Agreements.Include(a => a.Parties).ThenInclude(p => p.Organisation).FirstOrDefaultAsync(a => a.Id ==
            agreementId, ct);
        if (agreement is null || !who.CanRead(agreement))
        {
            return DomainProblem.NotFound("Agreement.NotFound");
        }
        if (!who.CanEdit(agreement))
        {
            return DomainProblem.Forbidden("Agreement.Forbidden");
        }
        if (agreement.IsSigned)
        {
            return DomainProblem.Conflict("Agreement.Signed");
        }
        return await SaveAsync(agreement, draft, who, actor, isNew: false, ct);
    }

    private async Task<Outcome<Agreement>> SaveAsync(Agreement agreement, AgreementDraft draft, PartnershipActor who, AuditActor actor,
        bool isNew, CancellationToken ct)
    {
        var parties = draft.Parties ?? [];
        var partyIds = parties.Select(p => p.OrganisationId).OfType<Guid>().Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.SiteId == agreement.SiteId && partyIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, ct);
        var districts = draft.DistrictIds?.Distinct().ToList() ?? [];
        var errors = Validate(draft, parties);
        errors.AddIf(organisations.Count != partyIds.Count, nameof(draft.Parties), "NotAtSite");
        errors.AddIf(await db.Districts.CountAsync(d => d.SiteId == agreement.SiteId && districts.Contains(d.Id), ct) != districts.Count,
            nameof(draft.DistrictIds), "UnknownDistrict");
        // An insurer officer (not coordinating the site) drafts only agreements their own insurer is party to.
        errors.AddIf(!who.Coordinates(agreement.SiteId) && !partyIds.Any(id => who.InsurerOrganisations.Contains(id)
            || (organisations.GetValueOrDefault(id)?.IdentityId is { } identity && who.InsurerIdentities.Contains(identity))),
            nameof(draft.Parties), "MustIncludeYours");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        agreement.Kind = draft.Kind!.Value;
        agreement.Title = draft.Title!.Trim();
        agreement.Summary = NetworkRules.Clean(draft.Summary);
        (agreement.StartsOn, agreement.EndsOn) = (draft.StartsOn, draft.EndsOn);
        (agreement.FieldsOfAction, agreement.LifePhases, agreement.TargetGroups) = (draft.FieldsOfAction, draft.LifePhases,
            draft.TargetGroups);
        agreement.DistrictIds = districts;
        agreement.UpdatedAt = clock.GetUtcNow();
        db.AgreementParties.RemoveRange(agreement.Parties);
        agreement.Parties = [.. parties.Where(p => p.OrganisationId is not null).Select((p, i) => new AgreementParty
        {
            AgreementId = agreement.Id, OrganisationId = p.OrganisationId!.Value, Position = i,
            SignatoryName = NetworkRules.Clean(p.SignatoryName), SignatoryFunction = NetworkRules.Clean(p.SignatoryFunction),
            OnBehalfOf = NetworkRules.Clean(p.OnBehalfOf),
        })];
        if (isNew)
        {
            db.Agreements.Add(agreement);
        }
        else
        {
            db.AgreementParties.AddRange(agreement.Parties);
        }
        audit.Record(actor, isNew ? AuditAction.Create : AuditAction.Change, "Agreement", agreement.Id.ToString(), agreement.SiteId);
        await db.SaveChangesAsync(ct);
        return agreement;
    }

    private static FieldErrors Validate(AgreementDraft draft, IReadOnlyList<PartyDraft> parties)
    {
        var errors = new FieldErrors();
        NetworkRules.Choice(errors, nameof(draft.Kind), draft.Kind);
        NetworkRules.Text(errors, nameof(draft.Title), draft.Title, 300, required: true);
        NetworkRules.Text(errors, nameof(draft.Summary), draft.Summary, Agreement.MaxSummaryLength);
        errors.AddIf(draft.StartsOn is { } start && draft.EndsOn is { } end && end < start, nameof(draft.EndsOn), "EndBeforeStart");
        NetworkRules.Flags(errors, nameof(draft.FieldsOfAction), draft.FieldsOfAction);
        NetworkRules.Flags(errors, nameof(draft.LifePhases), draft.LifePhases);
        NetworkRules.Flags(errors, nameof(draft.TargetGroups), draft.TargetGroups);
        // An agreement is between two or more parties, each once.
        var named = parties.Where(p => p.OrganisationId is not null).ToList();
        errors.AddIf(named.Count < 2, nameof(draft.Parties), "TooFew");
        errors.AddIf(named.Count > MaxParties, nameof(draft.Parties), "TooMany");
        errors.AddIf(named.Select(p => p.OrganisationId).Distinct().Count() != named.Count, nameof(draft.Parties), "DuplicateParty");
        errors.AddIf(parties.Any(p => p.SignatoryName?.Trim().Length > 200 || p.SignatoryFunction?.Trim().Length > 200
            || p.OnBehalfOf?.Trim().Length > 300), nameof(draft.Parties), "TooLong");
        return errors;
    }
}
