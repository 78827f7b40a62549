using Blog.Domain.Comments;
using Blog.Domain.Paging;
using MinimalApi.Schemas;

namespace MinimalApi.Crud;

public static class CommentProjection
{
    /// <summary>Comments as answered, with their author: one SQL statement under EF Core.</summary>
    public static IQueryable<CommentPublic> ToPublic(this IQueryable<Comment> comments) =>
        comments.Select(c => new CommentPublic(c.Id, c.PostId, c.Content, new Author(c.AuthorId, c.Author.Username), c.CreatedAt));

    /// <summary>Where a page that ends with this comment ends (comments are listed newest first, ties by id).</summary>
    public static CursorPosition Position(this CommentPublic comment) => new(PostSort.KeyOf(comment.CreatedAt), comment.Id);
}
