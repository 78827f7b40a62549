namespace Blog.Hosting.Live;

/// <summary>The argument of <see cref="HubEvents.CommentDeleted"/>: <c>{id, post_id}</c>.</summary>
public sealed record CommentDeleted(int Id, int PostId);
