using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Network;

public sealed record MembershipApplicationDraft(string? OrganisationName, OrganisationKind? Kind, string? Website, string? ContactName,
    string? ContactFunction, string? ContactEmail, string? Message, bool Consent);

public sealed record AcceptDraft(NetworkRole? Role, Guid? OrganisationId = null, DateOnly? JoinedOn = null);

/// <summary>
/// The open call for partners (seed 003: "Im Netzwerk wünscht sich die Stadtverwaltung engagierte Partner"): anyone may
/// ask to join a network that calls for partners; its coordinators accept (the organisation joins, the applicant
/// becomes its contact person) or decline. Either way the applicant hears by mail.
/// </summary>
public sealed class OpenCall(LebensweltenDbContext db, NetworkLookup lookup, Networks networks, ContactPersons contacts,
    NetworkMails mails, AuditLog audit, TimeProvider clock)
{
    public const string AuditKind = "Network.Applications";

    /// <summary>Networks of the site that call for partners, for the public page.</summary>
    public Task<List<HealthNetwork>> OpenNetworksAsync(Guid siteId, CancellationToken ct) =>
        db.HealthNetworks.AsNoTracking().Where(n => n.SiteId == siteId && n.OpenCall).OrderBy(n => n.Name).ToListAsync(ct);

    /// <param name="userId">The applicant's account, when they apply signed in.</param>
    public async Task<Outcome<MembershipApplication>> ApplyAsync(Guid networkId, MembershipApplicationDraft draft, string? userId, string language,
        CancellationToken ct)
    {
        if (await db.HealthNetworks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == networkId && n.OpenCall, ct) is not { } network)
        {
            return DomainProblem.NotFound("Network.NotFound");
        }
        var errors = new FieldErrors();
        NetworkRules.Text(errors, nameof(draft.OrganisationName), draft.OrganisationName, 300, required: true);
        NetworkRules.Choice(errors, nameof(draft.Kind), draft.Kind);
        NetworkRules.Link(errors, nameof(draft.Website), draft.Website);
        NetworkRules.Text(errors, nameof(draft.ContactName), draft.ContactName, 200, required: true);
        NetworkRules.Text(errors, nameof(draft.ContactFunction), draft.ContactFunction, 200);
        NetworkRules.Email(errors, nameof(draft.ContactEmail), draft.ContactEmail, required: true);
        NetworkRules.Text(errors, nameof(draft.Message), draft.Message, NetworkRules.MaxTextLength);
        errors.AddIf(!draft.Consent, nameof(draft.Consent), "MustAccept");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var email = draft.ContactEmail!.Trim();
        if (await db.MembershipApplications.AnyAsync(a => a.NetworkId == networkId && a.ContactEmail == email && a.Status ==
            MembershipApplicationStatus.Open, ct))
        {
            return DomainProblem.Conflict("Application.Duplicate");
        }
        var application = new MembershipApplication
        {
            NetworkId = network.Id, OrganisationName = draft.OrganisationName!.Trim(), Kind = draft.Kind!.Value,
            Website = NetworkRules.Clean(draft.Website), ContactName = draft.ContactName!.Trim(),
            ContactFunction = NetworkRules.Clean(draft.ContactFunction), ContactEmail = email, Message = NetworkRules.Clean(draft.Message),
            UserId = userId, Language = language is "en" ? "en" : "de", ConsentVersion = ContactPerson.ConsentTextVersion,
            CreatedAt = clock.GetUtcNow(), Status = MembershipApplicationStatus.Open,
        };
        db.MembershipApplications.Add(application);
        await db.SaveChangesAsync(ct);
        return application;
    }

    public async Task<Outcome<IReadOnlyList<MembershipApplication>>> ListAsync(Guid networkId, AuditActor actor, CancellationToken ct)
    {
        var found = await lookup.ManagedAsync(networkId, actor.UserId, ct);
        if (found.Value is not { } context)
        {
            return found.Problem!;
        }
        var applications = await db.MembershipApplications.AsNoTracking().Where(a => a.NetworkId == networkId)
            .OrderBy(a => a.Status).ThenByDescending(a => a.CreatedAt).ToListAsync(ct);
        await audit.RecordReadAsync(actor, AuditKind, networkId.ToString(), context.Network.SiteId, ct, applications.Select(a => a.UserId));
        return applications;
    }

    public async Task<Outcome<MembershipApplication>> AcceptAsync(Guid applicationId, AcceptDraft draft, AuditActor actor,
        CancellationToken ct)
    {
        var found = await DecidableAsync(applicationId, actor, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var (application, network) = found.Value;
        var errors = new FieldErrors();
        NetworkRules.Choice(errors, nameof(draft.Role), draft.Role);
        var existing = draft.OrganisationId is { } id
            ? await db.Organisations.FirstOrDefaultAsync(o => o.Id == id && o.SiteId == network.SiteId, ct) : null;
        errors.AddIf(draft.OrganisationId is not null && existing is null, nameof(draft.OrganisationId), "NotAtSite");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (existing is not null && await db.NetworkMemberships.AnyAsync(m => m.NetworkId == network.Id && m.OrganisationId ==
            existing.Id, ct))
        {
            return DomainProblem.Conflict("Network.AlreadyMember");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await ClaimAsync(application, MembershipApplicationStatus.Accepted, actor, ct))
        {
            return DomainProblem.Conflict("Application.Decided");
        }
        var organisation = existing ?? new Organisation
        {
            SiteId = network.SiteId, Name = application.OrganisationName, Kind = application.Kind, Website = application.Website,
        };
        if (existing is null)
        {
            db.Organisations.Add(organisation);
        }
        networks.Join(network.Id, organisation.Id, draft.Role!.Value, draft.JoinedOn);
        // The applicant typed their own data and agreed to be contacted: they are the organisation's contact from now on.
        contacts.Create(organisation, application.ContactName, application.ContactFunction, application.ContactEmail,
            ConsentSource.Self, actor.UserId, application.UserId, application.ConsentVersion);
        application.Status = MembershipApplicationStatus.Accepted;
        application.OrganisationId = organisation.Id;
        mails.ApplicationDecided(application, network, accepted: true, clock.GetUtcNow());
        audit.Record(actor, AuditAction.Change, AuditKind, application.Id.ToString(), network.SiteId, application.UserId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return application;
    }

    public async Task<Outcome<MembershipApplication>> DeclineAsync(Guid applicationId, AuditActor actor, CancellationToken ct)
    {
        var found = await DecidableAsync(applicationId, actor, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var (application, network) = found.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await ClaimAsync(application, MembershipApplicationStatus.Declined, actor, ct))
        {
            return DomainProblem.Conflict("Application.Decided");
        }
        application.Status = MembershipApplicationStatus.Declined;
        mails.ApplicationDecided(application, network, accepted: false, clock.GetUtcNow());
        audit.Record(actor, AuditAction.Change, AuditKind, application.Id.ToString(), network.SiteId, application.UserId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return application;
    }

    /// <summary>One decision per application, even when two coordinators press at once: only one update finds it open.</summary>
    private async Task<bool> ClaimAsync(MembershipApplication application, MembershipApplicationStatus status, AuditActor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.MembershipApplications.Where(a => a.Id == application.Id && a.Status == MembershipApplicationStatus.Open)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, status).SetProperty(a => a.DecidedAt, now)
                .SetProperty(a => a.DecidedByUserId, actor.UserId), ct);
        if (claimed == 1)
        {
            application.DecidedAt = now;
            application.DecidedByUserId = actor.UserId;
        }
        return claimed == 1;
    }

    private async Task<Outcome<(MembershipApplication, HealthNetwork)>> DecidableAsync(Guid applicationId, AuditActor actor,
        CancellationToken ct)
    {
        if (await db.MembershipApplications.FirstOrDefaultAsync(a => a.Id == applicationId, ct) is not { } application)
        {
            return DomainProblem.NotFound("MembershipApplication.NotFound");
        }
        var found = await lookup.ManagedAsync(application.NetworkId, actor.UserId, ct);
        if (found.Value is not { } context)
        {
            return found.Problem!.Kind == ProblemKind.NotFound ? DomainProblem.NotFound("MembershipApplication.NotFound") : found.Problem;
        }
        return application.Status != MembershipApplicationStatus.Open
            ? DomainProblem.Conflict("Application.Decided")
            : (application, context.Network);
    }
}
