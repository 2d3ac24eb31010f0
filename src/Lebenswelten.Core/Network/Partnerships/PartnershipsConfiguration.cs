using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Network.Partnerships;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> agreement)
    {
        agreement.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Cascade);
        agreement.HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        agreement.HasIndex(a => a.SiteId);
        agreement.Property(a => a.Title).HasMaxLength(300);
        agreement.Property(a => a.Summary).HasMaxLength(Agreement.MaxSummaryLength);
        agreement.Property(a => a.FieldsOfAction).HasConversion<int>();
        agreement.Property(a => a.LifePhases).HasConversion<int>();
        agreement.Property(a => a.TargetGroups).HasConversion<int>();
    }
}

internal sealed class AgreementPartyConfiguration : IEntityTypeConfiguration<AgreementParty>
{
    public void Configure(EntityTypeBuilder<AgreementParty> party)
    {
        // A signed agreement keeps its parties: an organisation that is party to one cannot simply vanish.
        party.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        party.HasIndex(p => new { p.AgreementId, p.OrganisationId }).IsUnique();
        party.HasIndex(p => p.OrganisationId);
        party.Property(p => p.SignatoryName).HasMaxLength(200);
        party.Property(p => p.SignatoryFunction).HasMaxLength(200);
        party.Property(p => p.OnBehalfOf).HasMaxLength(300);
    }
}

internal sealed class EligibilityCheckConfiguration : IEntityTypeConfiguration<EligibilityCheck>
{
    public void Configure(EntityTypeBuilder<EligibilityCheck> check)
    {
        check.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Cascade);
        check.HasIndex(c => c.SiteId).IsUnique();
        check.HasMany(c => c.Criteria).WithOne().HasForeignKey(e => e.CheckId).OnDelete(DeleteBehavior.Cascade);
        check.Property(c => c.DecidedByUserId).HasMaxLength(450);
        check.Property(c => c.DecidedByName).HasMaxLength(300);
        check.Property(c => c.DecisionNote).HasMaxLength(EligibilityCheck.MaxTextLength);
    }
}

internal sealed class CriterionEvidenceConfiguration : IEntityTypeConfiguration<CriterionEvidence>
{
    public void Configure(EntityTypeBuilder<CriterionEvidence> evidence)
    {
        evidence.HasIndex(e => new { e.CheckId, e.Criterion }).IsUnique();
        evidence.Property(e => e.Evidence).HasMaxLength(EligibilityCheck.MaxTextLength);
        evidence.Property(e => e.ConfirmedByUserId).HasMaxLength(450);
        evidence.Property(e => e.ConfirmedByName).HasMaxLength(300);
    }
}

internal sealed class EligibilityEventConfiguration : IEntityTypeConfiguration<EligibilityEvent>
{
    public void Configure(EntityTypeBuilder<EligibilityEvent> entry)
    {
        entry.HasOne<EligibilityCheck>().WithMany().HasForeignKey(e => e.CheckId).OnDelete(DeleteBehavior.Cascade);
        entry.HasIndex(e => new { e.CheckId, e.At });
        entry.HasIndex(e => e.ActorUserId);
        entry.Property(e => e.ActorUserId).HasMaxLength(450);
        entry.Property(e => e.ActorName).HasMaxLength(300);
        entry.Property(e => e.Note).HasMaxLength(EligibilityCheck.MaxTextLength);
    }
}
