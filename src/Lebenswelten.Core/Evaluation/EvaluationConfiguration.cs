using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Evaluation;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<ReachFact>, IEntityTypeConfiguration<OfferingFact>,
    IEntityTypeConfiguration<ConsultationFact>
{
    public void Configure(EntityTypeBuilder<ReachFact> fact)
    {
        fact.HasOne<Site>().WithMany().HasForeignKey(f => f.SiteId).OnDelete(DeleteBehavior.Cascade);
        fact.Property(f => f.AgeBand).HasMaxLength(8);
        fact.Property(f => f.Sex).HasMaxLength(1);
        // Flags as their number, as Offerings stores them: "Tenants, Families, …" outgrows the 40 characters of an enum's text.
        fact.Property(f => f.TargetGroups).HasConversion<int>();
        fact.HasIndex(f => new { f.SiteId, f.Month, f.IsArchived });
    }

    public void Configure(EntityTypeBuilder<OfferingFact> fact)
    {
        fact.Property(f => f.TargetGroups).HasConversion<int>();
        fact.HasOne<Site>().WithMany().HasForeignKey(f => f.SiteId).OnDelete(DeleteBehavior.Cascade);
        fact.HasIndex(f => new { f.SiteId, f.Month });
    }

    public void Configure(EntityTypeBuilder<ConsultationFact> fact)
    {
        fact.HasOne<Site>().WithMany().HasForeignKey(f => f.SiteId).OnDelete(DeleteBehavior.Cascade);
        fact.HasOne<TelemedicineRoom>().WithMany().HasForeignKey(f => f.RoomId).OnDelete(DeleteBehavior.Cascade);
        fact.HasIndex(f => new { f.RoomId, f.Month, f.IsArchived }).IsUnique();
        fact.HasIndex(f => new { f.SiteId, f.Month });
    }
}
