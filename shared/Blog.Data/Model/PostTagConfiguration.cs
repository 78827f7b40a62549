using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Blog.Data.Model;

public sealed class PostTagConfiguration : IEntityTypeConfiguration<PostTag>
{
    public void Configure(EntityTypeBuilder<PostTag> builder)
    {
        builder.ToTable("post_tags");
        builder.HasKey(t => new { t.PostId, t.Name });
        builder.Property(t => t.Name).HasMaxLength(Limits.TagMax);
        builder.HasIndex(t => t.Name);
    }
}
