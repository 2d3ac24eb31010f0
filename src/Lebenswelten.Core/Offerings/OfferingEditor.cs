using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Offerings;

/// <summary>Providers' and coordinators' use cases: create, edit, cancel an offering.</summary>
public sealed class OfferingEditor(
    LebensweltenDbContext db, OfferingAccess access, OfferingMails mails, AuditLog audit, OfferingDistricts districts, TimeProvider clock)
{
    public async Task<Outcome<Offering>> CreateAsync(Guid siteId, OfferingDraft draft, AuditActor actor, CancellationToken ct)
    {
        if (OfferingRules.Validate(draft) is { } invalid)
        {
            return invalid;
        }
        var organisations = await access.OrganisationsFor(actor.UserId ?? "", siteId, ct);
        if (organisations.FirstOrDefault(o => o.Id == draft.OrganisationId) is not { } organisation)
        {
            // Name the real problem: an organisation of another site is not "unknown" (issue 25).
            return organisations.Count == 0 ? DomainProblem.Forbidden("Offering.NotYours")
                : DomainProblem.Field(nameof(draft.OrganisationId),
                    await db.Organisations.AnyAsync(o => o.Id == draft.OrganisationId && o.SiteId != siteId, ct) ? "NotAtSite" : "Unknown");
        }
        var now = clock.GetUtcNow();
        var offering = new Offering { Title = draft.Title, SiteId = siteId, OrganisationId = organisation.Id, Organisation = organisation,
            CreatedAt = now };
        if (await ApplyAsync(offering, draft, now, ct) is { } problem)
        {
            return problem;
        }
        db.Offerings.Add(offering);
        audit.Record(actor, AuditAction.Create, "Offering", offering.Id.ToString(), siteId);
        await db.SaveChangesAsync(ct);
        return offering;
    }

    public async Task<Outcome<Offering>> UpdateAsync(Guid offeringId, OfferingDraft draft, AuditActor actor, CancellationToken ct)
    {
        await using var transaction = await OfferingLock.BeginAsync(db, ct);
        // Whether the caller may manage it comes first: to anyone else the offering does not exist, valid body or not.
        if (await LockManagedAsync(offeringId, actor, ct) is not { } offering)
        {
            return DomainProblem.NotFound("Offering.NotFound");
        }
        if (OfferingRules.Validate(draft) is { } invalid)
        {
            return invalid;
        }
        if (offering.Status is OfferingStatus.Cancelled or OfferingStatus.Finished)
        {
            return DomainProblem.Conflict("Offering.Closed");
        }
        if (draft.OrganisationId != offering.OrganisationId)
        {
            return DomainProblem.Field(nameof(draft.OrganisationId), "CannotChange");
        }
        var now = clock.GetUtcNow();
        if (await ApplyAsync(offering, draft, now, ct) is { } problem)
        {
            return problem;
        }
        // A raised capacity frees places; registrations above a lowered one are kept, nobody is dropped.
        await new WaitingList(db, mails).FillFreePlacesAsync(offering, now, ct);
        audit.Record(actor, AuditAction.Change, "Offering", offering.Id.ToString(), offering.SiteId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return offering;
    }

    public async Task<Outcome<Offering>> CancelAsync(Guid offeringId, string? reason, AuditActor actor, CancellationToken ct)
    {
        await using var transaction = await OfferingLock.BeginAsync(db, ct);
        if (await LockManagedAsync(offeringId, actor, ct) is not { } offering)
        {
            return DomainProblem.NotFound("Offering.NotFound");
        }
        if (offering.Status == OfferingStatus.Cancelled)
        {
            return DomainProblem.Conflict("Offering.Closed");
        }
        var now = clock.GetUtcNow();
        var active = await db.Registrations.Active().Where(r => r.OfferingId == offeringId).ToListAsync(ct);
        foreach (var registration in active)
        {
            offering.Release(registration, RegistrationStatus.Cancelled, now);
            mails.OfferingCancelled(offering, registration, reason?.Trim() is { Length: > 0 and <= 1000 } r ? r : null, now);
        }
        offering.Status = OfferingStatus.Cancelled;
        offering.UpdatedAt = now;
        audit.Record(actor, AuditAction.Change, "Offering", offering.Id.ToString(), offering.SiteId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return offering;
    }

    /// <summary>
    /// Takes a published offering out of the catalogue (back to a draft) without touching anyone's registration: the
    /// people registered keep their places and mails, and publishing again shows it as before (issue 25).
    /// </summary>
    public Task<Outcome<Offering>> UnpublishAsync(Guid offeringId, AuditActor actor, CancellationToken ct) =>
        MoveAsync(offeringId, OfferingStatus.Published, OfferingStatus.Draft, "Offering.NotPublished", actor, ct);

    /// <summary>Puts a draft into the catalogue as it stands, from its preview (issue 25); its rules were checked on saving.</summary>
    public Task<Outcome<Offering>> PublishAsync(Guid offeringId, AuditActor actor, CancellationToken ct) =>
        MoveAsync(offeringId, OfferingStatus.Draft, OfferingStatus.Published, "Offering.NotDraft", actor, ct);

    private async Task<Outcome<Offering>> MoveAsync(Guid offeringId, OfferingStatus from, OfferingStatus to, string wrongState,
        AuditActor actor, CancellationToken ct)
    {
        await using var transaction = await OfferingLock.BeginAsync(db, ct);
        if (await LockManagedAsync(offeringId, actor, ct) is not { } offering)
        {
            return DomainProblem.NotFound("Offering.NotFound");
        }
        if (offering.Status != from)
        {
            return DomainProblem.Conflict(wrongState);
        }
        (offering.Status, offering.UpdatedAt) = (to, clock.GetUtcNow());
        audit.Record(actor, AuditAction.Change, "Offering", offering.Id.ToString(), offering.SiteId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return offering;
    }

    private async Task<Offering?> LockManagedAsync(Guid offeringId, AuditActor actor, CancellationToken ct)
    {
        var offering = await OfferingLock.LockAsync(db, offeringId, ct);
        return offering is not null && await access.CanManageAsync(actor.UserId, offering, ct) ? offering : null;
    }

    private async Task<DomainProblem?> ApplyAsync(Offering offering, OfferingDraft draft, DateTimeOffset now, CancellationToken ct)
    {
        Guid? districtId = null;
        string? districtName = null;
        if (!string.IsNullOrWhiteSpace(draft.DistrictKey))
        {
            var district = await db.Districts.SingleOrDefaultAsync(d => d.SiteId == offering.SiteId && d.Key == draft.DistrictKey, ct);
            if (district is null)
            {
                return DomainProblem.Field(nameof(draft.DistrictKey), "Unknown");
            }
            (districtId, districtName) = (district.Id, district.Name);
        }
        else if (draft is { Latitude: { } latitude, Longitude: { } longitude }
                 && await districts.AtAsync(offering.SiteId, latitude, longitude, ct) is { } located)
        {
            (districtId, districtName) = (located.Id, located.Name);
        }
        var funders = (draft.FunderIds ?? []).Distinct().ToList();
        if (funders.Count > 0 && await db.Organisations.CountAsync(o => o.SiteId == offering.SiteId
                && o.Kind == Organisations.OrganisationKind.Insurer && funders.Contains(o.Id), ct) != funders.Count)
        {
            return DomainProblem.Field(nameof(draft.FunderIds), "Unknown");
        }
        offering.FunderIds = funders;
        offering.Title = draft.Title.Trim();
        offering.Description = draft.Description.Trim();
        offering.Category = draft.Category;
        offering.Kind = draft.Kind;
        offering.TargetGroups = draft.TargetGroups;
        offering.MinAge = draft.MinAge;
        offering.MaxAge = draft.MaxAge;
        offering.Languages = draft.Languages.Distinct().ToList();
        offering.Accessibility = draft.Accessibility;
        offering.Venue = new Venue { Name = draft.Venue.Name, Street = draft.Venue.Street, PostalCode = draft.Venue.PostalCode,
            City = draft.Venue.City };
        offering.DistrictId = districtId;
        offering.Latitude = draft.Latitude;
        offering.Longitude = draft.Longitude;
        offering.Capacity = draft.Capacity;
        offering.PriceCents = draft.PriceCents;
        offering.ReducedPriceCents = draft.ReducedPriceCents;
        offering.RegistrationOpensAt = draft.RegistrationOpensAt;
        offering.RegistrationClosesAt = draft.RegistrationClosesAt;
        offering.CancellationDeadlineHours = draft.CancellationDeadlineHours;
        offering.Certification = draft.Certification;
        offering.CertificationNote = draft.CertificationNote;
        offering.IsReimbursable = draft.IsReimbursable;
        offering.WaitingListMode = draft.WaitingListMode;
        offering.OfferHoldHours = draft.OfferHoldHours;
        if (draft.Publish && offering.Status == OfferingStatus.Draft)
        {
            offering.Status = OfferingStatus.Published;
        }
        var kept = offering.Sessions.ToHashSet();
        OfferingSchedule.Replace(offering, draft.AllSessions());
        // New sessions carry their id already, so EF would take them for existing rows and UPDATE nothing.
        db.OfferingSessions.AddRange(offering.Sessions.Where(s => !kept.Contains(s)));
        OfferingSearch.Refresh(offering, districtName);
        offering.UpdatedAt = now;
        return null;
    }
}
