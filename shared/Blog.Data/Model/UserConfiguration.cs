using Blog.Domain.Rules;
using Blog.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Blog.Data.Model;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.Username).HasMaxLength(Limits.UsernameMax);
        builder.Property(u => u.NormalizedUsername).HasMaxLength(Limits.UsernameMax);
        builder.Property(u => u.Email).HasMaxLength(Limits.EmailMax);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(Limits.EmailMax);
        builder.HasIndex(u => u.NormalizedUsername).IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
    }
}
