using Blog.Domain.Posts;

namespace Blog.Hosting.Live;

/// <summary>What decides who may join a post's group and who receives its comment events.</summary>
public sealed record LivePost(PostStatus Status, int AuthorId);
