using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Network.Partnerships;

/// <summary>The checklist as its reviewers see it, beside the site's GISD (quintiles 4 and 5 come first, as in the GKV-Bündnis).</summary>
public sealed record EligibilityView(Site Site, EligibilityCheck Check, IReadOnlyList<EligibilityEvent> History,
    IReadOnlyList<NetworkDocument> Documents, bool CanEditEvidence, bool CanReview)
{
    public bool IsPriority => Site.GisdQuintile >= 4;
}

/// <summary>
/// The eligibility of a site's municipality for a health partnership (seed 001): the coordinators record the evidence
/// for each criterion; an insurer officer of the site confirms each and records the decision. Every step stays in the
/// history. Changing evidence withdraws that criterion's confirmation; a decided checklist is reopened by a new decision.
/// </summary>
public sealed class EligibilityReview(LebensweltenDbContext db, INetworkPeople people, NetworkAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<EligibilityView>> FindAsync(Guid siteId, string? userId, CancellationToken ct)
    {
        var actor = await access.ActorAsync(userId, siteId, ct);
        if (!IsReviewer(actor))
        {
            return DomainProblem.NotFound("Eligibility.NotFound");
        }
        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == siteId, ct);
        var check = await db.EligibilityChecks.AsNoTracking().Include(c => c.Criteria).FirstOrDefaultAsync(c => c.SiteId == siteId, ct)
            ?? new EligibilityCheck { SiteId = siteId };
        var history = await db.EligibilityEvents.AsNoTracking().Where(e => e.CheckId == check.Id).OrderByDescending(e =>
            e.At).ToListAsync(ct);
        var documents = await db.NetworkDocuments.AsNoTracking().Where(d => d.EligibilityCheckId == check.Id).OrderBy(d =>
            d.Title).ToListAsync(ct);
        return new EligibilityView(site, check, history, documents, actor.IsCoordinator, actor.IsInsurerOfficer);
    }

    public Task<Outcome<EligibilityCheck>> SaveEvidenceAsync(Guid siteId, EligibilityCriterion criterion, string? evidence,
        AuditActor actor,
        CancellationToken ct) =>
        ChangeAsync(siteId, actor, reviewerOnly: false, ct, (check, evidenceOf, record) =>
        {
            if (evidence?.Trim().Length > EligibilityCheck.MaxTextLength)
            {
                return DomainProblem.Field("Evidence", "TooLong");
            }
            var entry = evidenceOf(criterion);
            entry.Evidence = NetworkRules.Clean(evidence);
            entry.EvidenceUpdatedAt = clock.GetUtcNow();
            record(EligibilityEventKind.EvidenceChanged, criterion, null, null);
            if (entry.ConfirmedAt is not null)
            {
                Withdraw(check, entry, record);
            }
            return null;
        });

    /// <param name="confirmed">True confirms the criterion, false withdraws the confirmation.</param>
    public Task<Outcome<EligibilityCheck>> ConfirmAsync(Guid siteId, EligibilityCriterion criterion, bool? confirmed, AuditActor actor,
        CancellationToken ct) =>
        ChangeAsync(siteId, actor, reviewerOnly: true, ct, (check, evidenceOf, record) =>
        {
            if (confirmed is null)
            {
                return DomainProblem.Field("Confirmed", "Required");
            }
            var entry = evidenceOf(criterion);
            if (confirmed.Value && entry.Evidence is null)
            {
                return DomainProblem.Conflict("Eligibility.NoEvidence");
            }
            if (confirmed.Value == (entry.ConfirmedAt is not null))
            {
                return null;
            }
            if (confirmed.Value)
            {
                entry.ConfirmedAt = clock.GetUtcNow();
                entry.ConfirmedByUserId = actor.UserId;
                entry.ConfirmedByName = record(EligibilityEventKind.Confirmed, criterion, null, null);
            }
            else
            {
                Withdraw(check, entry, record);
            }
            return null;
        });

    public Task<Outcome<EligibilityCheck>> DecideAsync(Guid siteId, EligibilityDecision? decision, string? note, AuditActor actor,
        CancellationToken ct) =>
        ChangeAsync(siteId, actor, reviewerOnly: true, ct, (check, _, record) =>
        {
            var errors = new FieldErrors();
            NetworkRules.Choice(errors, "Decision", decision);
            errors.AddIf(decision == EligibilityDecision.Open, "Decision", "Unknown");
            NetworkRules.Text(errors, "Note", note, EligibilityCheck.MaxTextLength);
            if (errors.Any)
            {
                return errors.ToProblem();
            }
            if (decision == EligibilityDecision.Eligible && !check.AllConfirmed)
            {
                return DomainProblem.Conflict("Eligibility.Incomplete");
            }
            check.Decision = decision!.Value;
            check.DecidedAt = clock.GetUtcNow();
            check.DecidedByUserId = actor.UserId;
            check.DecisionNote = NetworkRules.Clean(note);
            check.DecidedByName = record(EligibilityEventKind.Decided, null, decision, check.DecisionNote);
            return null;
        });

    /// <summary>A criterion no longer confirmed: a decision that rested on it is open again (both steps in the history).</summary>
    private static void Withdraw(EligibilityCheck check, CriterionEvidence entry, Recorder record)
    {
        (entry.ConfirmedAt, entry.ConfirmedByUserId, entry.ConfirmedByName) = (null, null, null);
        record(EligibilityEventKind.ConfirmationWithdrawn, entry.Criterion, null, null);
        if (check.Decision == EligibilityDecision.Eligible)
        {
            check.Decision = EligibilityDecision.Open;
            record(EligibilityEventKind.Decided, null, EligibilityDecision.Open, null);
        }
    }

    private static bool IsReviewer(NetworkActor actor) => actor.IsCoordinator || actor.IsInsurerOfficer;

    private delegate string Recorder(EligibilityEventKind kind, EligibilityCriterion? criterion, EligibilityDecision? decision,
        string? note);

    /// <summary>
    /// One change to the site's checklist in one transaction, with its line in the history. Coordinators keep the
    /// evidence, insurer officers review (<paramref name="reviewerOnly"/>); everyone else at the site does not find it.
    /// </summary>
    private async Task<Outcome<EligibilityCheck>> ChangeAsync(Guid siteId, AuditActor actor, bool reviewerOnly, CancellationToken ct,
        Func<EligibilityCheck, Func<EligibilityCriterion, CriterionEvidence>, Recorder, DomainProblem?> change)
    {
        var who = await access.ActorAsync(actor.UserId, siteId, ct);
        if (!IsReviewer(who))
        {
            return DomainProblem.NotFound("Eligibility.NotFound");
        }
        if (reviewerOnly ? !who.IsInsurerOfficer : !who.IsCoordinator)
        {
            return DomainProblem.Forbidden("Eligibility.Forbidden");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var check = await db.EligibilityChecks.Include(c => c.Criteria).FirstOrDefaultAsync(c => c.SiteId == siteId, ct);
        if (check is null)
        {
            check = new EligibilityCheck { SiteId = siteId };
            db.EligibilityChecks.Add(check);
        }
        var name = await NameOfAsync(actor.UserId, siteId, ct);
        var now = clock.GetUtcNow();
        CriterionEvidence EvidenceOf(EligibilityCriterion criterion)
        {
            if (check.Criteria.FirstOrDefault(c => c.Criterion == criterion) is { } existing)
            {
                return existing;
            }
            var created = new CriterionEvidence { CheckId = check.Id, Criterion = criterion };
            check.Criteria.Add(created);
            db.CriterionEvidence.Add(created);
            return created;
        }
        string Record(EligibilityEventKind kind, EligibilityCriterion? criterion, EligibilityDecision? decision, string? note)
        {
            db.EligibilityEvents.Add(new EligibilityEvent
            {
                CheckId = check.Id, At = now, ActorUserId = actor.UserId, ActorName = name, Kind = kind, Criterion = criterion,
                Decision = decision, Note = note,
            });
            return name;
        }
        if (change(check, EvidenceOf, Record) is { } problem)
        {
            return problem;
        }
        audit.Record(actor, AuditAction.Change, "Eligibility", check.Id.ToString(), siteId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return check;
    }

    /// <summary>"Name (Organisation)", as the history shows who acted.</summary>
    private async Task<string> NameOfAsync(string? userId, Guid siteId, CancellationToken ct)
    {
        if (userId is null)
        {
            return "–";
        }
        var (displayName, email) = await people.AccountAsync(userId, ct);
        var organisation = (await people.RolesAsync(userId, ct)).Where(r => r.SiteId == siteId && r.OrganisationName != null)
            .OrderBy(r => r.Role == HeldRole.InsurerOfficer ? 0 : 1).Select(r => r.OrganisationName).FirstOrDefault();
        var person = displayName ?? email ?? "–";
        return organisation is null ? person : $"{person} ({organisation})";
    }
}
