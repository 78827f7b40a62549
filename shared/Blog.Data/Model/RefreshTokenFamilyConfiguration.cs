using Blog.Data.Auth;
using Blog.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Blog.Data.Model;

public sealed class RefreshTokenFamilyConfiguration : IEntityTypeConfiguration<RefreshTokenFamily>
{
    public void Configure(EntityTypeBuilder<RefreshTokenFamily> family)
    {
        family.ToTable("refresh_token_families");
        family.Property(f => f.Id).HasMaxLength(32);
        family.Property(f => f.CurrentJti).HasMaxLength(32);
        family.HasIndex(f => f.UserId);
        family.HasOne<User>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
