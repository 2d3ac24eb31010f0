using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lebenswelten.Core.Identity;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.Language).HasMaxLength(5);
    }
}
