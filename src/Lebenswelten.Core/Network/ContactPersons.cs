using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Network;

public sealed record ContactDraft(string? Name, string? Function, string? Email, string? Phone, bool ConsentGiven,
    ConsentSource? ConsentSource);

/// <summary>
/// The people to contact at an organisation. Personal data (GDPR Art. 6(1)(a)): listed only with recorded consent, shown
/// only to members of a network the organisation belongs to, and every read by staff is written to the audit log.
/// </summary>
public sealed class ContactPersons(LebensweltenDbContext db, NetworkAccess access, AuditLog audit, TimeProvider clock)
{
    public const string AuditKind = "Network.Contacts";

    public async Task<Outcome<IReadOnlyList<ContactPerson>>> ListAsync(Guid organisationId, AuditActor actor, CancellationToken ct)
    {
        if (await AllowedAsync(organisationId, actor.UserId, edit: false, ct) is { } problem)
        {
            return problem;
        }
        var contacts = await db.ContactPersons.AsNoTracking().Where(c => c.OrganisationId == organisationId).OrderBy(c =>
            c.Name).ToListAsync(ct);
        var siteId = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.SiteId).SingleAsync(ct);
        await audit.RecordReadAsync(actor, AuditKind, organisationId.ToString(), siteId, ct, contacts.Select(c => c.UserId));
        return contacts;
    }

    /// <summary>The contacts of a network's member organisations (who may own its tasks), for its coordinators; audited once.</summary>
    public async Task<Outcome<IReadOnlyList<ContactPerson>>> OfNetworkAsync(Guid networkId, AuditActor actor, CancellationToken ct)
    {
        if (await db.HealthNetworks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == networkId, ct) is not { } network
            || !(await access.ActorAsync(actor.UserId, network.SiteId, ct)).IsCoordinator)
        {
            return DomainProblem.NotFound("Network.NotFound");
        }
        var contacts = await db.ContactPersons.AsNoTracking()
            .Where(c => db.NetworkMemberships.Any(m => m.NetworkId == networkId && m.OrganisationId == c.OrganisationId))
            .OrderBy(c => c.Name).ToListAsync(ct);
        await audit.RecordReadAsync(actor, AuditKind, networkId.ToString(), network.SiteId, ct, contacts.Select(c => c.UserId));
        return contacts;
    }

    public async Task<Outcome<ContactPerson>> AddAsync(Guid organisationId, ContactDraft draft, AuditActor actor, CancellationToken ct)
    {
        if (await AllowedAsync(organisationId, actor.UserId, edit: true, ct) is { } problem)
        {
            return problem;
        }
        var errors = new FieldErrors();
        NetworkRules.Text(errors, nameof(draft.Name), draft.Name, 200, required: true);
        NetworkRules.Text(errors, nameof(draft.Function), draft.Function, 200);
        NetworkRules.Email(errors, nameof(draft.Email), draft.Email);
        errors.AddIf(TypedText.TrimmedOrNull(draft.Phone) is not null && !TypedPhone.IsValid(draft.Phone), nameof(draft.Phone),
            "InvalidPhone");
        // No entry without the person's consent, and the record says how it was given (Art. 7(1)).
        errors.AddIf(!draft.ConsentGiven, nameof(draft.ConsentGiven), "MustAccept");
        NetworkRules.Choice(errors, nameof(draft.ConsentSource), draft.ConsentSource);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, ct);
        var contact = Create(organisation, draft.Name!, draft.Function, draft.Email, draft.ConsentSource!.Value, actor.UserId,
            userId: null);
        contact.Phone = TypedPhone.ToE164(draft.Phone);
        audit.Record(actor, AuditAction.Create, AuditKind, contact.Id.ToString(), organisation.SiteId);
        await db.SaveChangesAsync(ct);
        return contact;
    }

    /// <summary>Takes a contact off the list: the organisation's editors, or the person (withdrawing consent, Art. 7(3)).</summary>
    public async Task<Outcome<bool>> RemoveAsync(Guid contactId, AuditActor actor, CancellationToken ct)
    {
        if (await db.ContactPersons.FirstOrDefaultAsync(c => c.Id == contactId, ct) is not { } contact)
        {
            return DomainProblem.NotFound("Contact.NotFound");
        }
        if (contact.UserId is null || contact.UserId != actor.UserId)
        {
            if (await AllowedAsync(contact.OrganisationId, actor.UserId, edit: true, ct) is { } problem)
            {
                return problem.Code == "Organisation.NotFound" ? DomainProblem.NotFound("Contact.NotFound") : problem;
            }
        }
        db.ContactPersons.Remove(contact);
        audit.Record(actor, AuditAction.Delete, AuditKind, contact.Id.ToString(), contact.SiteId, contact.UserId);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Adds a contact to the unit of work (the open call's acceptance adds the applicant this way).</summary>
    internal ContactPerson Create(Organisation organisation, string name, string? function, string? email, ConsentSource source,
        string? recordedBy, string? userId, string version = ContactPerson.ConsentTextVersion)
    {
        var contact = new ContactPerson
        {
            SiteId = organisation.SiteId, OrganisationId = organisation.Id, Name = name.Trim(), Function = NetworkRules.Clean(function),
            Email = NetworkRules.Clean(email), UserId = userId, ConsentGivenAt = clock.GetUtcNow(), ConsentVersion = version,
            ConsentSource = source, RecordedByUserId = recordedBy,
        };
        db.ContactPersons.Add(contact);
        return contact;
    }

    private async Task<DomainProblem?> AllowedAsync(Guid organisationId, string? userId, bool edit, CancellationToken ct)
    {
        if (await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct) is not { } organisation)
        {
            return DomainProblem.NotFound("Organisation.NotFound");
        }
        var actor = await access.ActorAsync(userId, organisation.SiteId, ct);
        if (!actor.IsStaff || !await access.CanSeeContactsAsync(actor, organisationId, ct))
        {
            return DomainProblem.NotFound("Organisation.NotFound");
        }
        return edit && !NetworkAccess.CanEditProfile(actor, organisationId) ? DomainProblem.Forbidden("Organisation.Forbidden") : null;
    }
}
