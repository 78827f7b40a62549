using Blog.Domain.Errors;

namespace Blog.Domain.Posts;

public static class PostErrors
{
    public static NotFoundError NotFound() => new("Post not found.");

    public static ForbiddenError NotAuthor() => new("Only the post's author may change it.");

    public static NotFoundError CommentNotFound() => new("Comment not found.");

    public static ForbiddenError CannotDeleteComment() => new("Only the comment's author or the post's author may delete it.");
}
