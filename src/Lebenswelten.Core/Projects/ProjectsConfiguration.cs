using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> project)
    {
        project.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Cascade);
        project.HasOne<Indicator>().WithMany().HasForeignKey(p => p.EvidenceIndicatorId).OnDelete(DeleteBehavior.SetNull);
        project.HasIndex(p => p.SiteId);
        // The agreement (issue 17) gets its foreign key when the partnerships capability lands; an index already now.
        project.HasIndex(p => p.AgreementId);
        project.Property(p => p.Phase).HasField("<Phase>k__BackingField");
        project.Property(p => p.Title).HasMaxLength(Project.MaxTitleLength);
        // Sets of flags are numbers, as the offerings' target groups: a combination's text would not fit the enum column.
        project.Property(p => p.TargetGroups).HasConversion<int>();
        project.Property(p => p.FieldsOfAction).HasConversion<int>();
        project.Property(p => p.LifePhases).HasConversion<int>();
        foreach (var text in new[] { nameof(Project.Summary), nameof(Project.NeedEvidence), nameof(Project.PlannedMeasures),
                     nameof(Project.ProgressNotes), nameof(Project.EvaluationResults) })
        {
            project.Property(text).HasMaxLength(Project.MaxTextLength);
        }
        project.Property(p => p.ResponsibleName).HasMaxLength(ApplicationStaffMember.MaxLength);
        project.Property(p => p.ResponsibleUserId).HasMaxLength(450);
        project.HasMany(p => p.Partners).WithOne().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        project.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        project.HasMany(p => p.PhaseChanges).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectPartsConfiguration : IEntityTypeConfiguration<ProjectPartner>, IEntityTypeConfiguration<ProjectMilestone>,
    IEntityTypeConfiguration<ProjectGoal>, IEntityTypeConfiguration<ProjectOffering>, IEntityTypeConfiguration<GoodPracticeRating>,
    IEntityTypeConfiguration<ProjectPhaseChange>
{
    public void Configure(EntityTypeBuilder<ProjectPartner> partner)
    {
        partner.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        partner.HasIndex(p => new { p.ProjectId, p.OrganisationId, p.Role }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ProjectMilestone> milestone) =>
        milestone.Property(m => m.Title).HasMaxLength(ProjectMilestone.MaxTitleLength);

    public void Configure(EntityTypeBuilder<ProjectGoal> goal)
    {
        goal.HasKey(g => new { g.ProjectId, g.HealthGoalId });
        goal.HasOne<Project>().WithMany().HasForeignKey(g => g.ProjectId).OnDelete(DeleteBehavior.Cascade);
        goal.HasOne<HealthGoal>().WithMany().HasForeignKey(g => g.HealthGoalId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ProjectOffering> link)
    {
        link.HasKey(l => new { l.ProjectId, l.OfferingId });
        link.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne<Offering>().WithMany().HasForeignKey(l => l.OfferingId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => l.OfferingId);
    }

    public void Configure(EntityTypeBuilder<GoodPracticeRating> rating)
    {
        rating.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        rating.HasIndex(r => new { r.ProjectId, r.Criterion }).IsUnique();
        rating.Property(r => r.Justification).HasMaxLength(GoodPracticeRating.MaxJustificationLength);
    }

    public void Configure(EntityTypeBuilder<ProjectPhaseChange> change) => change.Property(c => c.ByUserId).HasMaxLength(450);
}

internal sealed class FundingConfiguration : IEntityTypeConfiguration<FundingSource>, IEntityTypeConfiguration<FundingShare>,
    IEntityTypeConfiguration<Budget>, IEntityTypeConfiguration<FundingApplication>, IEntityTypeConfiguration<ApplicationStaffMember>,
    IEntityTypeConfiguration<ApplicationEvent>, IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<FundingSource> source)
    {
        source.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
        source.HasIndex(s => new { s.SiteId, s.Name }).IsUnique();
        source.Property(s => s.Name).HasMaxLength(FundingSource.MaxNameLength);
        source.Ignore(s => s.Funders);
        source.HasMany(s => s.Shares).WithOne().HasForeignKey(s => s.FundingSourceId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<FundingShare> share)
    {
        share.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        share.HasIndex(s => new { s.FundingSourceId, s.OrganisationId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Budget> budget)
    {
        budget.HasOne<FundingSource>().WithMany().HasForeignKey(b => b.FundingSourceId).OnDelete(DeleteBehavior.Cascade);
        budget.HasOne<Site>().WithMany().HasForeignKey(b => b.SiteId).OnDelete(DeleteBehavior.Cascade);
        // One budget per source, site and year: two officers can never create a second one to approve against.
        budget.HasIndex(b => new { b.FundingSourceId, b.SiteId, b.Year }).IsUnique();
        budget.Property(b => b.CommittedCents).HasField("<CommittedCents>k__BackingField");
        budget.Property(b => b.SpentCents).HasField("<SpentCents>k__BackingField");
        budget.Ignore(b => b.AvailableCents);
        budget.ToTable(t => t.HasCheckConstraint("CK_Budgets_Figures", "\"CommittedCents\" >= 0 AND \"SpentCents\" >= 0 AND \"PlannedCents\" >= 0"));
    }

    public void Configure(EntityTypeBuilder<FundingApplication> application)
    {
        application.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Cascade);
        application.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        application.HasOne<FundingSource>().WithMany().HasForeignKey(a => a.FundingSourceId).OnDelete(DeleteBehavior.Restrict);
        application.HasIndex(a => new { a.SiteId, a.Status });
        application.Property(a => a.Title).HasMaxLength(Project.MaxTitleLength);
        foreach (var text in new[] { nameof(FundingApplication.Conditions), nameof(FundingApplication.RejectionReason), nameof(FundingApplication.FinalReport) })
        {
            application.Property(text).HasMaxLength(FundingApplication.MaxTextLength);
        }
        application.Ignore(a => a.NextDeadline);
        application.HasMany(a => a.Staff).WithOne().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        application.HasMany(a => a.History).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ApplicationStaffMember> staff)
    {
        staff.Property(s => s.Name).HasMaxLength(ApplicationStaffMember.MaxLength);
        staff.Property(s => s.Role).HasMaxLength(ApplicationStaffMember.MaxLength);
        staff.Property(s => s.UserId).HasMaxLength(450);
        staff.HasIndex(s => s.UserId);
    }

    public void Configure(EntityTypeBuilder<ApplicationEvent> entry)
    {
        entry.HasIndex(e => new { e.ApplicationId, e.At });
        entry.Property(e => e.Text).HasMaxLength(FundingApplication.MaxTextLength);
        entry.Property(e => e.ActorUserId).HasMaxLength(450);
    }

    public void Configure(EntityTypeBuilder<ApplicationDocument> document)
    {
        document.HasOne<FundingApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        document.Property(d => d.FileName).HasMaxLength(ApplicationDocument.MaxNameLength);
        document.Property(d => d.ContentType).HasMaxLength(100);
        document.Property(d => d.UploadedByUserId).HasMaxLength(450);
    }
}
