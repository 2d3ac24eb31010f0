using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Needs;

internal sealed class DistrictPopulationConfiguration : IEntityTypeConfiguration<DistrictPopulation>
{
    public void Configure(EntityTypeBuilder<DistrictPopulation> population)
    {
        population.HasOne<District>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Cascade);
        population.HasIndex(p => new { p.DistrictId, p.Year, p.AgeBand, p.Sex }).IsUnique();
        population.Property(p => p.AgeBand).HasMaxLength(20);
        population.Property(p => p.Sex).HasMaxLength(1);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.HasOne<Site>().WithMany().HasForeignKey(i => i.SiteId).OnDelete(DeleteBehavior.Cascade);
        indicator.HasIndex(i => new { i.SiteId, i.Key }).IsUnique();
        indicator.Property(i => i.Key).HasMaxLength(60);
        indicator.Property(i => i.Name).HasMaxLength(200);
        indicator.Property(i => i.Description).HasMaxLength(2000);
        indicator.Property(i => i.Source).HasMaxLength(500);
        indicator.Property(i => i.Unit).HasMaxLength(20);
        indicator.Property(i => i.Topic).HasMaxLength(100);
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> value)
    {
        value.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        value.HasOne<District>().WithMany().HasForeignKey(v => v.DistrictId).OnDelete(DeleteBehavior.Cascade);
        value.HasIndex(v => new { v.IndicatorId, v.DistrictId, v.Year }).IsUnique();
        value.Property(v => v.ChangedBy).HasMaxLength(256);
        value.Ignore(v => v.IsSmallNumber);
        value.Ignore(v => v.PublicValue);
    }
}

internal sealed class IndicatorValueChangeConfiguration : IEntityTypeConfiguration<IndicatorValueChange>
{
    public void Configure(EntityTypeBuilder<IndicatorValueChange> change)
    {
        change.HasOne<IndicatorValue>().WithMany().HasForeignKey(c => c.IndicatorValueId).OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => c.IndicatorValueId);
        change.Property(c => c.ChangedBy).HasMaxLength(256);
        change.Property(c => c.Note).HasMaxLength(IndicatorValueChange.MaxNoteLength);
    }
}

internal sealed class HealthGoalConfiguration : IEntityTypeConfiguration<HealthGoal>
{
    public void Configure(EntityTypeBuilder<HealthGoal> goal)
    {
        goal.HasOne<Site>().WithMany().HasForeignKey(g => g.SiteId).OnDelete(DeleteBehavior.Cascade);
        goal.HasOne<Indicator>().WithMany().HasForeignKey(g => g.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        goal.HasIndex(g => g.SiteId);
        goal.Property(g => g.Text).HasMaxLength(1000);
        // A set of flags: a number, as the offerings' target groups (text would not fit a combination).
        goal.Property(g => g.TargetGroups).HasConversion<int>();
    }
}
