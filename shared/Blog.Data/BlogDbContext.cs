using Blog.Data.AdminLog;
using Blog.Data.Auth;
using Blog.Data.Idempotency;
using Blog.Domain.Comments;
using Blog.Domain.Notifications;
using Blog.Domain.Posts;
using Blog.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Blog.Data;

/// <summary>The one schema of all three hosts. Each provider has a subclass only so that each keeps its own migrations.</summary>
public abstract class BlogDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostTag> PostTags => Set<PostTag>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<RefreshTokenFamily> RefreshTokenFamilies => Set<RefreshTokenFamily>();
    public DbSet<LogEntry> AdminLog => Set<LogEntry>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BlogDbContext).Assembly);
}
