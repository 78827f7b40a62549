using System.Security.Claims;
using Blog.Data;
using Blog.Data.Queries;
using Blog.Domain.Comments;
using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Blog.Hosting.Caching;
using Blog.Hosting.Conditional;
using Blog.Hosting.Idempotency;
using Blog.Hosting.Jobs;
using Blog.Hosting.Live;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MinimalApi.Crud;
using MinimalApi.Errors;
using MinimalApi.Schemas;

namespace MinimalApi.Routers;

/// <summary>/posts/{id}/comments: list newest first, add, read one, delete.</summary>
public static class CommentRoutes
{
    public static void MapComments(this IEndpointRouteBuilder app)
    {
        var comments = app.MapGroup("/posts/{id:int}/comments").WithTags("comments").WithBlogVersions(app)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable).WithEntityTags()
            .RequireRateLimiting(RateLimitPolicies.AnonymousReads);
        // Its writes can change cached answers (mvc's home page counts comments): they move the cache's generation.
        comments.ChangesCachedAnswers();
        comments.MapGet("/", List).WithName("listComments").WithSummary("List a post's comments, newest first")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        comments.MapPost("/", Create).WithName("createComment").WithSummary("Comment on a post").RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Writes).Idempotent();
        comments.MapGet("/{comment_id:int}", Get).WithName("getComment").WithSummary("Read a comment");
        comments.MapDelete("/{comment_id:int}", Delete).WithName("deleteComment").WithSummary("Delete a comment").RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<Page<CommentPublic>>> List(
        int id, CommentListParameters parameters, ClaimsPrincipal user, BlogDbContext db, CursorCodec cursors,
        CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery(cursors, id);
        await EnsureVisibleAsync(db, id, user.IdOrNull(), cancellationToken);
        var onPost = db.Comments.Where(c => c.PostId == id);
        var comments = onPost;
        if (query.After is { } after)
        {
            var at = query.AfterTimestamp;
            comments = comments.Where(c => c.CreatedAt < at || (c.CreatedAt == at && c.Id < after.Id));
        }
        var (rows, total) = await comments
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Take(query.Limit + 1)
            .ToPublic()
            .ToListWithTotalAsync(onPost, cancellationToken);
        return TypedResults.Ok(ListParameters.ToPage(rows, query.Limit, total,
            comment => comment.Position(),
            position => cursors.Encode(query.Scope, position)));
    }

    private static async Task<Created<CommentPublic>> Create(
        int id, CommentCreate body, ClaimsPrincipal user, BlogDbContext db, TimeProvider clock, LiveUpdates live,
        CommentJobs jobs, HttpResponse response, CancellationToken cancellationToken)
    {
        var userId = user.Id();
        await EnsureVisibleAsync(db, id, userId, cancellationToken);
        var comment = new Comment { PostId = id, AuthorId = userId, Content = body.Content, CreatedAt = Timestamps.Now(clock) };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        jobs.NotifyPostAuthorOnceCommitted(response, comment.Id);
        // Committed: the answer is written even if the client has gone meanwhile.
        var username = await db.Users.Where(u => u.Id == userId).Select(u => u.Username).SingleAsync(CancellationToken.None);
        var created = new CommentPublic(comment.Id, id, comment.Content, new Author(userId, username), comment.CreatedAt);
        await live.CommentCreatedAsync(id, created);
        return TypedResults.Created($"/posts/{id}/comments/{comment.Id}", created);
    }

    private static async Task<Results<Ok<CommentPublic>, ProblemHttpResult>> Get(
        int id, [FromRoute(Name = "comment_id")] int commentId, ClaimsPrincipal user, BlogDbContext db, CancellationToken cancellationToken)
    {
        var visiblePost = db.Posts.Where(p => p.Id == id).VisibleTo(user.IdOrNull());
        return await db.Comments.Where(c => c.Id == commentId && c.PostId == id && visiblePost.Any()).ToPublic()
            .SingleOrDefaultAsync(cancellationToken) is { } comment
            ? TypedResults.Ok(comment)
            : Problem.Of(PostErrors.CommentNotFound());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        int id, [FromRoute(Name = "comment_id")] int commentId, ClaimsPrincipal user, BlogDbContext db, LiveUpdates live,
        CancellationToken cancellationToken)
    {
        var userId = user.Id();
        var found = await db.Comments
            .Where(c => c.Id == commentId && c.PostId == id)
            .Select(c => new { c.AuthorId, PostAuthorId = c.Post.AuthorId, c.Post.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || !PostPolicy.CanView(found.Status, found.PostAuthorId, userId))
            return Problem.Of(PostErrors.CommentNotFound());
        if (!PostPolicy.CanDeleteComment(found.AuthorId, found.PostAuthorId, userId))
            return Problem.Of(PostErrors.CannotDeleteComment());
        var deleted = await db.Comments.Where(c => c.Id == commentId).ExecuteDeleteAsync(cancellationToken);
        if (deleted != 1) return Problem.Of(PostErrors.CommentNotFound());
        await live.CommentDeletedAsync(id, commentId);
        return TypedResults.NoContent();
    }

    private static async Task EnsureVisibleAsync(BlogDbContext db, int postId, int? viewerId, CancellationToken cancellationToken)
    {
        if (!await db.Posts.Where(p => p.Id == postId).VisibleTo(viewerId).AnyAsync(cancellationToken)) throw PostErrors.NotFound();
    }
}
