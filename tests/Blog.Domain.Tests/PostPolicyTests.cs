using Blog.Domain.Posts;
using Blog.Domain.Rules;

namespace Blog.Domain.Tests;

public class PostPolicyTests
{
    [Theory]
    [InlineData(PostStatus.Published, null, true)]
    [InlineData(PostStatus.Published, 2, true)]
    [InlineData(PostStatus.Draft, null, false)]
    [InlineData(PostStatus.Draft, 2, false)]
    [InlineData(PostStatus.Draft, 1, true)]
    [InlineData(PostStatus.Archived, 2, false)]
    [InlineData(PostStatus.Archived, 1, true)]
    public void Only_published_posts_are_visible_to_others(PostStatus status, int? viewer, bool visible) =>
        Assert.Equal(visible, PostPolicy.CanView(status, authorId: 1, viewer));

    [Fact]
    public void Only_the_author_edits_and_either_author_deletes_a_comment()
    {
        Assert.True(PostPolicy.CanEdit(1, 1));
        Assert.False(PostPolicy.CanEdit(1, 2));
        Assert.True(PostPolicy.CanDeleteComment(commentAuthorId: 2, postAuthorId: 1, viewerId: 2));
        Assert.True(PostPolicy.CanDeleteComment(commentAuthorId: 2, postAuthorId: 1, viewerId: 1));
        Assert.False(PostPolicy.CanDeleteComment(commentAuthorId: 2, postAuthorId: 1, viewerId: 3));
    }

    [Fact]
    public void Set_tags_keeps_rows_that_stay_and_replaces_the_rest()
    {
        var post = new Post { Id = 7 };
        post.SetTags(["a", "b"]);
        var kept = post.Tags.Single(t => t.Name == "b");
        post.SetTags(["b", "c"]);
        Assert.Equal(["b", "c"], post.Tags.Select(t => t.Name));
        Assert.Same(kept, post.Tags[0]);
        Assert.All(post.Tags, t => Assert.Equal(7, t.PostId));
    }
}
