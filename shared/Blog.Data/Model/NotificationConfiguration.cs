using Blog.Domain.Notifications;
using Blog.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Blog.Data.Model;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        // One notification per comment, whatever the number of times its job runs: the job's insert does nothing
        // on a conflict with this index.
        builder.HasIndex(n => n.CommentId).IsUnique();
        builder.HasOne(n => n.Comment).WithMany().HasForeignKey(n => n.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // A user's page, newest first (ties broken by id).
        builder.HasIndex(n => new { n.UserId, n.CreatedAt, n.Id });
    }
}
