using Blog.Data.AdminLog;
using Blog.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Blog.Data.Model;

/// <summary>The admin log; only the mvc-controllers admin writes it, the other hosts never read it.</summary>
public sealed class LogEntryConfiguration : IEntityTypeConfiguration<LogEntry>
{
    public const int ModelMax = 64;
    public const int ObjectIdMax = 64;
    public const int ObjectReprMax = 200;

    public void Configure(EntityTypeBuilder<LogEntry> builder)
    {
        builder.ToTable("admin_log");
        builder.Property(e => e.Model).HasMaxLength(ModelMax);
        builder.Property(e => e.ObjectId).HasMaxLength(ObjectIdMax);
        builder.Property(e => e.ObjectRepr).HasMaxLength(ObjectReprMax);
        // An object's history page and a user's recent actions, newest first.
        builder.HasIndex(e => new { e.Model, e.ObjectId, e.ActionTime });
        builder.HasIndex(e => new { e.UserId, e.ActionTime });
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
