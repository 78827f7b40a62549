using Blog.Domain.Rules;
using Blog.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Blog.Data.Model;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("users");
        user.Property(u => u.Username).HasMaxLength(Limits.UsernameMax);
        user.Property(u => u.NormalizedUsername).HasMaxLength(Limits.UsernameMax);
        user.Property(u => u.Email).HasMaxLength(Limits.EmailMax);
        user.Property(u => u.NormalizedEmail).HasMaxLength(Limits.EmailMax);
        user.HasIndex(u => u.NormalizedUsername).IsUnique();
        user.HasIndex(u => u.NormalizedEmail).IsUnique();
    }
}
