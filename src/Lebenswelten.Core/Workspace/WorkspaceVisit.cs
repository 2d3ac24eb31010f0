using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Workspace;

/// <summary>
/// When a person last opened their start page, so that "since your last visit" means what it says (issue 25). A visit
/// starts a new working session only after <see cref="WorkspaceVisits.SessionGap"/>: reloading the page within a
/// session keeps showing the same news instead of emptying the list.
/// </summary>
public sealed class WorkspaceVisit
{
    public required string UserId { get; set; }

    /// <summary>The last time the page was opened in the session before the current one (null in the first session).</summary>
    public DateTimeOffset? PreviousVisitAt { get; set; }

    /// <summary>The latest time the page was opened.</summary>
    public DateTimeOffset LastVisitAt { get; set; }
}

internal sealed class WorkspaceVisitConfiguration : IEntityTypeConfiguration<WorkspaceVisit>
{
    public void Configure(EntityTypeBuilder<WorkspaceVisit> visit)
    {
        visit.HasKey(v => v.UserId);
        visit.Property(v => v.UserId).HasMaxLength(450);
        // Gone with the account, whichever way the account goes.
        visit.HasOne<Identity.AppUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
