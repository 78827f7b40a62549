using System.Security.Claims;
using Blog.Domain.Paging;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Blog.Hosting.Caching;
using Blog.Hosting.Conditional;
using Blog.Hosting.Idempotency;
using Blog.Hosting.Jobs;
using Blog.Hosting.Live;
using Blog.Hosting.OpenApi;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Carter;
using CarterModules.Data;
using CarterModules.Requests;
using CarterModules.Validation;
using Microsoft.AspNetCore.Mvc;

namespace CarterModules.Modules;

/// <summary>The /posts/{id}/comments router: list newest first, add, read one, delete.</summary>
public sealed class CommentsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var comments = app.MapGroup("/posts/{id:int}/comments").WithTags("comments").WithBlogVersions(app)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithEntityTagMetadata()
            .RequireRateLimiting(RateLimitPolicies.AnonymousReads);
        // router.use(changesCachedAnswers): its writes can change cached answers (mvc's home page counts comments).
        comments.ChangesCachedAnswers();

        comments.MapGet("/", async (int id, HttpRequest request, ClaimsPrincipal user, Db db, CursorCodec cursors, CancellationToken cancellationToken) =>
            {
                var query = CommentListQuery.Parse(cursors, id,
                    ListParameters.Once("cursor", request.Query["cursor"]), ListParameters.Once("limit", request.Query["limit"]));
                return TypedResults.Ok(await Comments.PageAsync(db, query, user.IdOrNull(), cursors, cancellationToken));
            })
            .WithName("listComments").WithSummary("List a post's comments, newest first")
            .WithMetadata(
                new QueryParameterAttribute("cursor", typeof(string)),
                new QueryParameterAttribute("limit", typeof(int)) { Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault })
            .ProducesProblem(StatusCodes.Status400BadRequest);

        comments.MapPost("/", async (int id, CommentBody body, ClaimsPrincipal user, Db db, TimeProvider clock, LiveUpdates live,
                CommentJobs jobs, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var comment = await Comments.InsertAsync(db, id, user.Id(), body.Content!, Timestamps.Now(clock), cancellationToken);
                await live.CommentCreatedAsync(id, comment);
                jobs.NotifyPostAuthorOnceCommitted(response, comment.Id);
                return TypedResults.Created($"/posts/{id}/comments/{comment.Id}", comment);
            })
            .RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Writes).Validate<CommentBody>().Idempotent()
            .WithName("createComment").WithSummary("Comment on a post");

        comments.MapGet("/{comment_id:int}", async (int id, [FromRoute(Name = "comment_id")] int commentId, ClaimsPrincipal user, Db db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await Comments.FindVisibleAsync(db, id, commentId, user.IdOrNull(), cancellationToken)))
            .WithName("getComment").WithSummary("Read a comment");

        comments.MapDelete("/{comment_id:int}", async (int id, [FromRoute(Name = "comment_id")] int commentId, ClaimsPrincipal user, Db db,
                LiveUpdates live, CancellationToken cancellationToken) =>
            {
                await Comments.DeleteAsync(db, id, commentId, user.Id(), cancellationToken);
                await live.CommentDeletedAsync(id, commentId);
                return TypedResults.NoContent();
            })
            .RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Writes)
            .WithName("deleteComment").WithSummary("Delete a comment")
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
