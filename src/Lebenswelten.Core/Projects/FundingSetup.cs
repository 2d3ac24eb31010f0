using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Projects;

public sealed record ShareDraft(Guid OrganisationId, int BasisPoints);

public sealed record SourceDraft(string? Name, FundingSourceKind Kind, IReadOnlyList<ShareDraft> Shares);

/// <summary>
/// The insurers' side: their sources of money at a site (with shares where several pay together) and the planned
/// budget per year. An officer acts for their own insurer, which must be among the funders; administrators for any.
/// </summary>
public sealed class FundingSetup(LebensweltenDbContext db, ProjectAccess access)
{
    public async Task<Outcome<FundingSource>> CreateSourceAsync(Guid siteId, SourceDraft draft, AuditActor actor, CancellationToken ct)
    {
        var roles = await access.RolesAsync(actor.UserId, siteId, ct);
        if (!roles.Administrator && roles.Insurers.Count == 0)
        {
            return ProjectsProblems.Forbidden;
        }
        var errors = new FieldErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(draft.Name), "Name", "Required");
        errors.AddIf(Flags.TooLong(draft.Name, FundingSource.MaxNameLength), "Name", "TooLong");
        errors.AddIf(!Enum.IsDefined(draft.Kind), "Kind", "Unknown");
        var shares = draft.Shares;
        errors.AddIf(shares.Count == 0 || shares.Any(s => s.BasisPoints is <= 0 or > FundingSource.Whole)
            || shares.Sum(s => (long)s.BasisPoints) != FundingSource.Whole, "Shares", "SharesMustMakeWhole");
        errors.AddIf(shares.Select(s => s.OrganisationId).Distinct().Count() != shares.Count, "Shares", "Duplicate");
        errors.AddIf(draft.Kind == FundingSourceKind.InsurerProjectFunds && shares.Count != 1, "Shares", "OneInsurer");
        errors.AddIf(draft.Kind == FundingSourceKind.JointInsurerFunding && shares.Count < 2, "Shares", "SeveralInsurers");
        var ids = shares.Select(s => s.OrganisationId).ToList();
        errors.AddIf(await db.Organisations.CountAsync(o => o.SiteId == siteId && o.Kind == OrganisationKind.Insurer && ids.Contains(o.Id), ct)
            != ids.Distinct().Count(), "Shares", "NotAnInsurer");
        errors.AddIf(!roles.Administrator && !ids.Any(roles.Insurers.Contains), "Shares", "OwnInsurerMissing");
        errors.AddIf(draft.Name is { } name && await db.FundingSources.AnyAsync(s => s.SiteId == siteId && s.Name == name.Trim(), ct), "Name", "Taken");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var source = new FundingSource { SiteId = siteId, Name = draft.Name!.Trim(), Kind = draft.Kind };
        source.Shares.AddRange(shares.Select(s => new FundingShare { FundingSourceId = source.Id, OrganisationId = s.OrganisationId, BasisPoints = s.BasisPoints }));
        db.FundingSources.Add(source);
        await db.SaveChangesAsync(ct);
        return source;
    }

    /// <summary>Sets the planned figure of a source's budget for a year (creating it); never below what is already committed.</summary>
    public async Task<Outcome<Budget>> PlanAsync(Guid sourceId, int year, long plannedCents, AuditActor actor, CancellationToken ct)
    {
        var source = await db.FundingSources.AsNoTracking().Include(s => s.Shares).SingleOrDefaultAsync(s => s.Id == sourceId, ct);
        var roles = source is null ? null : await access.RolesAsync(actor.UserId, source.SiteId, ct);
        if (source is null || roles is null || !roles.Sees(source))
        {
            return ProjectsProblems.SourceNotFound;
        }
        if (!roles.Administrator && !roles.Funds(source))
        {
            return ProjectsProblems.Forbidden;
        }
        var errors = new FieldErrors();
        errors.AddIf(year is < 2000 or > 2100, "Year", "YearRange");
        errors.AddIf(plannedCents is < 0 or > MaxCents, "PlannedCents", "AmountRange");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var budget = await db.Budgets.SingleOrDefaultAsync(b => b.FundingSourceId == sourceId && b.SiteId == source.SiteId && b.Year == year, ct);
        if (budget is null)
        {
            db.Budgets.Add(budget = new Budget { FundingSourceId = sourceId, SiteId = source.SiteId, Year = year });
        }
        else
        {
            await RowLock.ForUpdateAsync<Budget>(db, budget.Id, ct);
            await db.Entry(budget).ReloadAsync(ct);
        }
        if (plannedCents < budget.CommittedCents)
        {
            return DomainProblem.Conflict("Budget.BelowCommitted");
        }
        budget.PlannedCents = plannedCents;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return budget;
    }

    /// <summary>A billion euros: more than any budget, less than any overflow.</summary>
    public const long MaxCents = 100_000_000_000;
}
