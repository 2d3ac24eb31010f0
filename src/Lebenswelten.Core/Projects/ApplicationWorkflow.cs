using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Logging;

namespace Lebenswelten.Core.Projects;

/// <summary>
/// Takes an application from one state to the next (CiviCRM's grant workflow, the GKV-Bündnis' two stages), each step
/// by its side, each kept in the history. Steps that move money hold the budget's row lock for the whole transaction,
/// so that two officers approving against one budget at once can never commit more than is planned; going over
/// needs an explicit override with a reason, which is logged and kept in the history.
/// </summary>
public sealed class ApplicationWorkflow(LebensweltenDbContext db, ApplicationDesk desk, TimeProvider clock, ILogger<ApplicationWorkflow> log)
{
    public async Task<Outcome<FundingApplication>> StepAsync(Guid applicationId, ApplicationStep step, StepInput input, AuditActor actor,
        CancellationToken ct)
    {
        if (!StepRule.All.TryGetValue(step, out var rule))
        {
            return DomainProblem.Field("Step", "Unknown");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Lock order: the budget first, then the application, in every step; so two steps never wait on each other in a circle.
        var budget = rule.Step is ApplicationStep.Approve or ApplicationStep.Spend or ApplicationStep.Close ? await LockBudgetAsync(applicationId, ct) : null;
        await RowLock.ForUpdateAsync<FundingApplication>(db, applicationId, ct);
        var opened = await desk.FindAsync(applicationId, actor, ct);
        if (opened.Problem is { } problem)
        {
            return problem;
        }
        var (application, source, roles) = opened.Value;
        if (!(rule.Side == StepSide.Applicant ? roles.Applies : roles.Funds(source)))
        {
            return ProjectsProblems.Forbidden;
        }
        // What the step needs is checked once the caller may take it: a stranger learns nothing, not even which fields exist.
        if (Check(step, input) is { } invalid)
        {
            return invalid;
        }
        if (!rule.From.Contains(application.Status))
        {
            return DomainProblem.Conflict("Application.WrongState");
        }
        if (Apply(application, rule, input, budget, actor) is { } refused)
        {
            return refused;
        }
        if (rule.To is { } to)
        {
            db.Add(desk.Event(application, actor, ApplicationEventKind.StatusChanged, Blank(input.Comment), application.Status, to,
                step == ApplicationStep.Approve ? input.AmountCents : null));
            application.Status = to;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return application;
    }

    private DomainProblem? Apply(FundingApplication application, StepRule rule, StepInput input, Budget? budget, AuditActor actor)
    {
        var now = clock.GetUtcNow();
        switch (rule.Step)
        {
            case ApplicationStep.Invite:
                application.FullApplicationDueOn = input.DueOn;
                break;
            case ApplicationStep.Approve:
                return Approve(application, input, budget, actor);
            case ApplicationStep.Reject:
                (application.RejectionReason, application.EndedAt) = (input.Reason!.Trim(), now);
                break;
            case ApplicationStep.Spend:
                var amount = input.AmountCents!.Value;
                if (amount > (application.ApprovedCents ?? 0) - application.SpentCents)
                {
                    return DomainProblem.Field("AmountCents", "AboveGrant");
                }
                budget!.Spend(amount);
                application.SpentCents += amount;
                db.Add(desk.Event(application, actor, ApplicationEventKind.Spending, Blank(input.Comment), amount: amount));
                break;
            case ApplicationStep.Report:
                application.FinalReport = input.Comment!.Trim();
                break;
            case ApplicationStep.Close:
                // What the project did not spend goes back to the budget: committed then holds what was really paid.
                budget?.Release((application.ApprovedCents ?? 0) - application.SpentCents);
                application.EndedAt = now;
                break;
        }
        return null;
    }

    private DomainProblem? Approve(FundingApplication application, StepInput input, Budget? budget, AuditActor actor)
    {
        var amount = input.AmountCents!.Value;
        if (amount > application.RequestedCents)
        {
            return DomainProblem.Field("AmountCents", "AboveRequested");
        }
        if (budget is null)
        {
            return DomainProblem.Conflict("Budget.Missing");
        }
        if (!budget.Covers(amount))
        {
            if (!input.Override)
            {
                return DomainProblem.Conflict("Budget.Exceeded");
            }
            var over = budget.CommittedCents + amount - budget.PlannedCents;
            log.LogWarning("Budget override: application {Application} approved with {Amount} cents, {Over} cents over the plan of budget {Budget}, by {User}",
                application.Id, amount, over, budget.Id, actor.UserId);
            db.Add(desk.Event(application, actor, ApplicationEventKind.BudgetOverride, input.Reason!.Trim(), amount: over));
        }
        budget.Commit(amount);
        (application.ApprovedCents, application.Conditions, application.FinalReportDueOn) = (amount, Blank(input.Conditions), input.DueOn);
        return null;
    }

    private async Task<Budget?> LockBudgetAsync(Guid applicationId, CancellationToken ct)
    {
        var key = await db.FundingApplications.AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new { a.FundingSourceId, a.SiteId, a.Year }).SingleOrDefaultAsync(ct);
        var budgetId = key is null ? null : await db.Budgets.Where(b => b.FundingSourceId == key.FundingSourceId && b.SiteId == key.SiteId && b.Year == key.Year)
            .Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        if (budgetId is not { } id)
        {
            return null;
        }
        await RowLock.ForUpdateAsync<Budget>(db, id, ct);
        return await db.Budgets.SingleAsync(b => b.Id == id, ct);
    }

    /// <summary>What each step needs.</summary>
    private static DomainProblem? Check(ApplicationStep step, StepInput input)
    {
        var errors = new FieldErrors();
        errors.AddIf(Flags.TooLong(input.Comment, FundingApplication.MaxTextLength), "Comment", "TooLong");
        errors.AddIf(Flags.TooLong(input.Conditions, FundingApplication.MaxTextLength), "Conditions", "TooLong");
        errors.AddIf(Flags.TooLong(input.Reason, FundingApplication.MaxTextLength), "Reason", "TooLong");
        var needsAmount = step is ApplicationStep.Approve or ApplicationStep.Spend;
        errors.AddIf(needsAmount && input.AmountCents is not (> 0 and <= FundingSetup.MaxCents), "AmountCents", "AmountRange");
        errors.AddIf(step == ApplicationStep.Reject && string.IsNullOrWhiteSpace(input.Reason), "Reason", "Required");
        errors.AddIf(step == ApplicationStep.Approve && input.Override && string.IsNullOrWhiteSpace(input.Reason), "Reason", "OverrideReason");
        errors.AddIf(step == ApplicationStep.Report && string.IsNullOrWhiteSpace(input.Comment), "Comment", "FinalReportRequired");
        return errors.Any ? errors.ToProblem() : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
