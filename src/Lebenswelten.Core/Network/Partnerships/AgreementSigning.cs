using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Network.Partnerships;

/// <summary>
/// Signing and ending agreements. A health partnership is signed only with a municipality found eligible (seed 001:
/// "Auswahl der Kommunen klar geregelt"); once signed, residents see it on the site page.
/// </summary>
public sealed class AgreementSigning(LebensweltenDbContext db, INetworkPeople people, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<Agreement>> SignAsync(Guid agreementId, DateOnly? signedOn, AuditActor actor, CancellationToken ct)
    {
        var found = await FindAsync(agreementId, actor, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var (agreement, who) = found.Value;
        if (!who.CanSign(agreement))
        {
            return DomainProblem.Forbidden("Agreement.Forbidden");
        }
        var today = BerlinTime.LocalDate(clock.GetUtcNow());
        if (signedOn is null)
        {
            return DomainProblem.Field("SignedOn", "Required");
        }
        if (signedOn > today)
        {
            return DomainProblem.Field("SignedOn", "InTheFuture");
        }
        if (agreement.IsSigned)
        {
            return DomainProblem.Conflict("Agreement.AlreadySigned");
        }
        if (agreement.Kind == AgreementKind.HealthPartnership
            && !await db.EligibilityChecks.AnyAsync(c => c.SiteId == agreement.SiteId && c.Decision == EligibilityDecision.Eligible, ct))
        {
            return DomainProblem.Conflict("Agreement.NotEligible");
        }
        // Signed once, even when two parties press at once: only one update finds it unsigned.
        var now = clock.GetUtcNow();
        if (await db.Agreements.Where(a => a.Id == agreementId && a.SignedOn == null)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.SignedOn, signedOn).SetProperty(a => a.UpdatedAt, now), ct) == 0)
        {
            return DomainProblem.Conflict("Agreement.AlreadySigned");
        }
        agreement.SignedOn = signedOn;
        audit.Record(actor, AuditAction.Change, "Agreement.Signed", agreementId.ToString(), agreement.SiteId);
        await db.SaveChangesAsync(ct);
        return agreement;
    }

    public async Task<Outcome<Agreement>> EndAsync(Guid agreementId, DateOnly? endedOn, AuditActor actor, CancellationToken ct)
    {
        var found = await FindAsync(agreementId, actor, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var (agreement, who) = found.Value;
        if (!who.CanEdit(agreement))
        {
            return DomainProblem.Forbidden("Agreement.Forbidden");
        }
        if (endedOn is null)
        {
            return DomainProblem.Field("EndedOn", "Required");
        }
        var today = BerlinTime.LocalDate(clock.GetUtcNow());
        if (!agreement.IsSigned || agreement.StatusOn(today) == AgreementStatus.Ended)
        {
            return DomainProblem.Conflict(agreement.IsSigned ? "Agreement.Ended" : "Agreement.NotSigned");
        }
        if (endedOn < agreement.SignedOn)
        {
            return DomainProblem.Field("EndedOn", "BeforeSigning");
        }
        var tracked = await db.Agreements.SingleAsync(a => a.Id == agreementId, ct);
        tracked.EndedOn = endedOn;
        tracked.UpdatedAt = clock.GetUtcNow();
        agreement.EndedOn = endedOn;
        audit.Record(actor, AuditAction.Change, "Agreement.Ended", agreementId.ToString(), agreement.SiteId);
        await db.SaveChangesAsync(ct);
        return agreement;
    }

    private async Task<Outcome<(Agreement, PartnershipActor)>> FindAsync(Guid agreementId, AuditActor actor, CancellationToken ct)
    {
        var who = await PartnershipActor.LoadAsync(people, actor.UserId, ct);
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).ThenInclude(p => p.Organisation)
            .FirstOrDefaultAsync(a => a.Id == agreementId, ct);
        return agreement is not null && who.CanRead(agreement)
            ? (Outcome<(Agreement, PartnershipActor)>)(agreement, who)
            : DomainProblem.NotFound("Agreement.NotFound");
    }
}
