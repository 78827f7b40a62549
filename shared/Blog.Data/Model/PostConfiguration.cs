using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Blog.Data.Model;

public sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> post)
    {
        post.ToTable("posts");
        post.Property(p => p.Title).HasMaxLength(Limits.TitleMax);
        post.Property(p => p.Slug).HasMaxLength(Limits.TitleMax + 12);
        post.Property(p => p.Status).HasConversion<PostStatusConverter>().HasMaxLength(16);
        post.HasIndex(p => p.Slug).IsUnique();
        post.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Cascade);
        post.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.PostId).OnDelete(DeleteBehavior.Cascade);
        post.HasMany(p => p.Comments).WithOne(c => c.Post).HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
        // Keyset pages: each list order, with id as the tie-breaker, for the public list and an author's list.
        post.HasIndex(p => new { p.Status, p.CreatedAt, p.Id });
        post.HasIndex(p => new { p.Status, p.UpdatedAt, p.Id });
        post.HasIndex(p => new { p.Status, p.Title, p.Id });
        post.HasIndex(p => new { p.AuthorId, p.CreatedAt, p.Id });
    }
}
