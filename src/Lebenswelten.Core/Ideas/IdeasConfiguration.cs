using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Ideas;

internal sealed class IdeasConfiguration : IEntityTypeConfiguration<Idea>, IEntityTypeConfiguration<IdeaSupport>,
    IEntityTypeConfiguration<IdeaAnswerChange>
{
    public void Configure(EntityTypeBuilder<Idea> idea)
    {
        idea.HasOne<Site>().WithMany().HasForeignKey(i => i.SiteId).OnDelete(DeleteBehavior.Cascade);
        idea.HasOne<District>().WithMany().HasForeignKey(i => i.DistrictId).OnDelete(DeleteBehavior.SetNull);
        idea.HasOne<Offering>().WithMany().HasForeignKey(i => i.OfferingId).OnDelete(DeleteBehavior.SetNull);
        idea.HasOne<Idea>().WithMany().HasForeignKey(i => i.MergedIntoId).OnDelete(DeleteBehavior.SetNull);
        idea.HasIndex(i => new { i.SiteId, i.Status });
        idea.HasIndex(i => i.AuthorUserId);
        idea.Property(i => i.Title).HasMaxLength(Idea.MaxTitleLength);
        idea.Property(i => i.Text).HasMaxLength(Idea.MaxTextLength);
        idea.Property(i => i.RejectionReason).HasMaxLength(Idea.MaxReasonLength);
        idea.Property(i => i.AnswerText).HasMaxLength(Idea.MaxTextLength);
        idea.Property(i => i.AuthorUserId).HasMaxLength(450);
        idea.Property(i => i.Language).HasMaxLength(8);
        // Sets of flags are numbers, as the offerings' target groups.
        idea.Property(i => i.TargetGroups).HasConversion<int>();
        idea.HasMany(i => i.Answers).WithOne().HasForeignKey(a => a.IdeaId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<IdeaSupport> support)
    {
        support.HasOne<Idea>().WithMany().HasForeignKey(s => s.IdeaId).OnDelete(DeleteBehavior.Cascade);
        // Once per person, whatever the requests race (issue 24): the database refuses the second row.
        support.HasIndex(s => new { s.IdeaId, s.UserId }).IsUnique();
        support.HasIndex(s => s.UserId);
        support.Property(s => s.UserId).HasMaxLength(450);
    }

    public void Configure(EntityTypeBuilder<IdeaAnswerChange> change)
    {
        change.HasIndex(c => new { c.IdeaId, c.At });
        change.Property(c => c.Text).HasMaxLength(Idea.MaxTextLength);
        change.Property(c => c.ByUserId).HasMaxLength(450);
        change.HasOne<Offering>().WithMany().HasForeignKey(c => c.OfferingId).OnDelete(DeleteBehavior.SetNull);
    }
}
