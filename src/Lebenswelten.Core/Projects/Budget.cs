using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Projects;

/// <summary>
/// A source's money for one site and year: planned, committed by approvals, spent. The budget keeps its own figures:
/// nobody else changes them, and every change runs under the budget's row lock (<see cref="ApplicationApproval"/>).
/// </summary>
public sealed class Budget : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FundingSourceId { get; set; }
    public Guid SiteId { get; set; }
    public int Year { get; set; }
    public long PlannedCents { get; set; }
    public long CommittedCents { get; private set; }
    public long SpentCents { get; private set; }

    public long AvailableCents => PlannedCents - CommittedCents;

    /// <summary>Whether committing the amount stays within the plan.</summary>
    public bool Covers(long cents) => CommittedCents + cents <= PlannedCents;

    public void Commit(long cents) => CommittedCents += cents;

    public void Spend(long cents) => SpentCents += cents;

    /// <summary>At the close of an application the part of its grant it did not spend goes back to the budget.</summary>
    public void Release(long cents) => CommittedCents -= cents;
}
