using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Blog.Data.Model;

public sealed class PostTagConfiguration : IEntityTypeConfiguration<PostTag>
{
    public void Configure(EntityTypeBuilder<PostTag> tag)
    {
        tag.ToTable("post_tags");
        tag.HasKey(t => new { t.PostId, t.Name });
        tag.Property(t => t.Name).HasMaxLength(Limits.TagMax);
        tag.HasIndex(t => t.Name);
    }
}
