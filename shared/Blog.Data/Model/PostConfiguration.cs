using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Blog.Data.Model;

public sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("posts");
        builder.Property(p => p.Title).HasMaxLength(Limits.TitleMax);
        builder.Property(p => p.Slug).HasMaxLength(Limits.TitleMax + 12);
        builder.Property(p => p.Status).HasConversion<PostStatusConverter>().HasMaxLength(16);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Comments).WithOne(c => c.Post).HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
        // Keyset pages: each list order, with id as the tie-breaker, for the public list and an author's list.
        builder.HasIndex(p => new { p.Status, p.CreatedAt, p.Id });
        builder.HasIndex(p => new { p.Status, p.UpdatedAt, p.Id });
        builder.HasIndex(p => new { p.Status, p.Title, p.Id });
        builder.HasIndex(p => new { p.AuthorId, p.CreatedAt, p.Id });
    }
}
