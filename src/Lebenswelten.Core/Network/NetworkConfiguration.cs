using Lebenswelten.Core.Sites;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Network;

/// <summary>
/// Accounts by their entity's name: the account is Identity's, which knows the network's organisations, so the network
/// names it instead of knowing Identity (no cycle between the two). Erasing an account cascades to the rows naming it.
/// </summary>
internal static class NetworkConfiguration
{
    public const string AccountType = "Lebenswelten.Core.Identity.AppUser";
}

internal sealed class HealthNetworkConfiguration : IEntityTypeConfiguration<HealthNetwork>
{
    public void Configure(EntityTypeBuilder<HealthNetwork> network)
    {
        network.HasOne<Site>().WithMany().HasForeignKey(n => n.SiteId).OnDelete(DeleteBehavior.Cascade);
        network.HasIndex(n => new { n.SiteId, n.Name }).IsUnique();
        network.Property(n => n.Name).HasMaxLength(200);
        network.Property(n => n.Description).HasMaxLength(NetworkRules.MaxTextLength);
        network.Property(n => n.OpenCallText).HasMaxLength(NetworkRules.MaxTextLength);
    }
}

internal sealed class NetworkMembershipConfiguration : IEntityTypeConfiguration<NetworkMembership>
{
    public void Configure(EntityTypeBuilder<NetworkMembership> membership)
    {
        membership.HasOne<HealthNetwork>().WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
        membership.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        membership.HasIndex(m => new { m.NetworkId, m.OrganisationId }).IsUnique();
        membership.HasIndex(m => m.OrganisationId);
    }
}

internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> group)
    {
        group.HasOne<HealthNetwork>().WithMany().HasForeignKey(g => g.NetworkId).OnDelete(DeleteBehavior.Cascade);
        group.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        group.HasIndex(g => new { g.NetworkId, g.Name }).IsUnique();
        group.Property(g => g.Name).HasMaxLength(200);
        group.Property(g => g.Mandate).HasMaxLength(NetworkRules.MaxTextLength);
    }
}

internal sealed class WorkingGroupMemberConfiguration : IEntityTypeConfiguration<WorkingGroupMember>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMember> member)
    {
        member.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        member.HasIndex(m => new { m.WorkingGroupId, m.OrganisationId }).IsUnique();
    }
}

internal sealed class MembershipApplicationConfiguration : IEntityTypeConfiguration<MembershipApplication>
{
    public void Configure(EntityTypeBuilder<MembershipApplication> application)
    {
        application.HasOne<HealthNetwork>().WithMany().HasForeignKey(a => a.NetworkId).OnDelete(DeleteBehavior.Cascade);
        application.HasOne(NetworkConfiguration.AccountType, null).WithMany().HasForeignKey(nameof(MembershipApplication.UserId)).OnDelete(DeleteBehavior.Cascade);
        application.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        application.HasIndex(a => new { a.NetworkId, a.Status });
        application.HasIndex(a => a.ContactEmail);
        application.Property(a => a.OrganisationName).HasMaxLength(300);
        application.Property(a => a.Website).HasMaxLength(500);
        application.Property(a => a.ContactName).HasMaxLength(200);
        application.Property(a => a.ContactFunction).HasMaxLength(200);
        application.Property(a => a.ContactEmail).HasMaxLength(256);
        application.Property(a => a.Message).HasMaxLength(NetworkRules.MaxTextLength);
        application.Property(a => a.UserId).HasMaxLength(450);
        application.Property(a => a.DecidedByUserId).HasMaxLength(450);
        application.Property(a => a.Language).HasMaxLength(5);
        application.Property(a => a.ConsentVersion).HasMaxLength(40);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> meeting)
    {
        meeting.HasOne<Site>().WithMany().HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasOne<HealthNetwork>().WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasOne<WorkingGroup>().WithMany().HasForeignKey(m => m.WorkingGroupId).OnDelete(DeleteBehavior.SetNull);
        meeting.HasIndex(m => new { m.NetworkId, m.StartsAt });
        meeting.Property(m => m.Title).HasMaxLength(200);
        meeting.Property(m => m.Place).HasMaxLength(300);
        meeting.Property(m => m.VideoLink).HasMaxLength(500);
        meeting.Property(m => m.Minutes).HasMaxLength(Meeting.MaxMinutesLength);
    }
}

internal sealed class MeetingInvitationConfiguration : IEntityTypeConfiguration<MeetingInvitation>
{
    public void Configure(EntityTypeBuilder<MeetingInvitation> invitation)
    {
        invitation.HasOne<Meeting>().WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasOne(i => i.ContactPerson).WithMany().HasForeignKey(i => i.ContactPersonId).OnDelete(DeleteBehavior.SetNull);
        invitation.HasIndex(i => new { i.MeetingId, i.ContactPersonId }).IsUnique();
        invitation.HasIndex(i => i.ContactPersonId);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> item)
    {
        item.HasOne<Site>().WithMany().HasForeignKey(t => t.SiteId).OnDelete(DeleteBehavior.Cascade);
        item.HasOne<HealthNetwork>().WithMany().HasForeignKey(t => t.NetworkId).OnDelete(DeleteBehavior.Cascade);
        item.HasOne<Meeting>().WithMany().HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.SetNull);
        item.HasOne(t => t.OwnerContact).WithMany().HasForeignKey(t => t.OwnerContactId).OnDelete(DeleteBehavior.SetNull);
        item.HasIndex(t => new { t.CompletedAt, t.DueOn });
        item.HasIndex(t => t.NetworkId);
        item.HasIndex(t => t.OwnerContactId);
        item.Property(t => t.Title).HasMaxLength(300);
    }
}
