using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Identity;

/// <summary>The last authenticator time step an account logged in with (see <see cref="OneTimeAuthenticatorTokenProvider"/>).</summary>
public sealed class AuthenticatorCodeUse
{
    public required string UserId { get; set; }
    public long LastTimeStep { get; set; }
}

internal sealed class AuthenticatorCodeUseConfiguration : IEntityTypeConfiguration<AuthenticatorCodeUse>
{
    public void Configure(EntityTypeBuilder<AuthenticatorCodeUse> use)
    {
        use.ToTable("AuthenticatorCodeUses");
        use.HasKey(u => u.UserId);
        // Erasing the account erases this too.
        use.HasOne<AppUser>().WithOne().HasForeignKey<AuthenticatorCodeUse>(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
