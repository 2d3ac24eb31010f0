using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Administration;

/// <summary>
/// An invitation to hold a role at a site, sent by e-mail. Only the SHA-256 of the link's token is kept, so
/// a database reader cannot accept it; it is good for <see cref="Invitations.Lifetime"/> and for one use.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string TokenHash { get; set; }
    public required string Email { get; set; }
    public Guid SiteId { get; set; }
    public Site? Site { get; set; }
    public SiteRole Role { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string? InvitedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public string? AcceptedByUserId { get; set; }

    /// <summary>Set when the sender withdrew it: from then on its link is refused (issue 25).</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>Where it stands, as the sender's list shows it.</summary>
    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : WithdrawnAt is not null ? InvitationState.Withdrawn
        : ExpiresAt <= now ? InvitationState.Expired
        : InvitationState.Open;
}

public enum InvitationState
{
    Open,
    Accepted,
    Expired,
    Withdrawn,
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => i.Email);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.Property(i => i.Email).HasMaxLength(256);
        invitation.Property(i => i.InvitedByUserId).HasMaxLength(450);
        invitation.Property(i => i.AcceptedByUserId).HasMaxLength(450);
        invitation.HasOne(i => i.Site).WithMany().HasForeignKey(i => i.SiteId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}
