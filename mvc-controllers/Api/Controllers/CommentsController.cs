using System.Net.Mime;
using Asp.Versioning;
using Blog.Data;
using Blog.Data.Queries;
using Blog.Domain.Comments;
using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Jobs;
using Blog.Hosting.Live;
using Blog.Hosting.OpenApi;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Api.Conditional;
using MvcControllers.Api.Filters;
using MvcControllers.Api.Idempotency;
using MvcControllers.Api.Permissions;
using MvcControllers.Api.Serializers;
using MvcControllers.Caching;
using MvcControllers.Models;

namespace MvcControllers.Api.Controllers;

/// <summary>
/// /posts/{id}/comments as a nested DRF viewset (list, create, retrieve, destroy), scoped to a post the caller can see.
/// <c>permission_classes = [IsAuthenticatedOrReadOnly, IsAuthorOrReadOnly]</c>.
/// </summary>
[Route("posts/{id:int}/comments")]
[ChangesCachedAnswers]
[EntityTags]
[ApiVersion(1.0)]
[ApiVersion(2.0)]
[Tags("comments")]
// DRF throttle_classes: the viewset's reads without credentials per address; each write action per user.
[EnableRateLimiting(RateLimitPolicies.AnonymousReads)]
[ProducesResponseType(StatusCodes.Status404NotFound)]
[ProducesResponseType(StatusCodes.Status503ServiceUnavailable)]
[Authorize(Policy = ApiPermissions.IsAuthenticatedOrReadOnly)]
public sealed class CommentsController(BlogDbContext db) : BlogApiController
{
    [HttpGet(Name = "listComments")]
    [EndpointSummary("List a post's comments, newest first")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [QueryParameter("cursor", typeof(string))]
    [QueryParameter("limit", typeof(int), Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<Page<CommentRepresentation>> List(
        [FromRoute(Name = "id")] int postId, [FromQuery] CommentFilterSet filters, [FromServices] CursorCodec cursors,
        CancellationToken cancellationToken)
    {
        var query = filters.ToQuery(cursors, postId);
        await EnsurePostVisibleAsync(postId, cancellationToken);
        var comments = db.Comments.OnPost(postId);
        var (rows, total) = await comments.KeysetPage(query).Select(CommentSerializer.Representation).ToListWithTotalAsync(comments, cancellationToken);
        return ListParameters.ToPage(rows, query.Limit, total,
            comment => comment.Position(),
            position => cursors.Encode(query.Scope, position));
    }

    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [HttpPost(Name = "createComment")]
    [EndpointSummary("Comment on a post")]
    [Consumes(MediaTypeNames.Application.Json)]
    [ProducesResponseType<CommentRepresentation>(StatusCodes.Status201Created)]
    [Idempotent]
    public async Task<ActionResult<CommentRepresentation>> Create(
        [FromRoute(Name = "id")] int postId, CommentSerializer body, [FromServices] TimeProvider clock, [FromServices] LiveUpdates live,
        [FromServices] CommentJobs jobs, CancellationToken cancellationToken)
    {
        // The commenter's name, read only when the post is visible to them (one statement, no read-back after the
        // save): a post deleted between this check and the insert is a foreign-key violation, which is a 404.
        var visiblePost = db.Posts.Where(p => p.Id == postId).VisibleTo(ViewerId);
        var username = await db.Users.Where(u => u.Id == UserId && visiblePost.Any()).Select(u => u.Username)
            .SingleOrDefaultAsync(cancellationToken) ?? throw PostErrors.NotFound();
        var comment = new Comment { PostId = postId, AuthorId = UserId, Content = body.Content!, CreatedAt = Timestamps.Now(clock) };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        var created = new CommentRepresentation(comment.Id, postId, comment.Content, new AuthorRepresentation(UserId, username), comment.CreatedAt);
        await live.CommentCreatedAsync(postId, created);
        jobs.NotifyPostAuthorOnceCommitted(Response, comment.Id);
        return Created($"/posts/{postId}/comments/{comment.Id}", created);
    }

    [HttpGet("{comment_id:int}", Name = "getComment")]
    [EndpointSummary("Read a comment")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<CommentRepresentation> Retrieve(
        [FromRoute(Name = "id")] int postId, [FromRoute(Name = "comment_id")] int id, CancellationToken cancellationToken) =>
        await GetQueryset(postId).Where(c => c.Id == id).Select(CommentSerializer.Representation).SingleOrDefaultAsync(cancellationToken)
            ?? throw PostErrors.CommentNotFound();

    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [HttpDelete("{comment_id:int}", Name = "deleteComment")]
    [EndpointSummary("Delete a comment")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<NoContentResult> Destroy(
        [FromRoute(Name = "id")] int postId, [FromRoute(Name = "comment_id")] int id, [FromServices] LiveUpdates live,
        CancellationToken cancellationToken)
    {
        await GetObjectAsync(postId, id, cancellationToken);
        var deleted = await db.Comments.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted != 1) throw PostErrors.CommentNotFound();
        await live.CommentDeletedAsync(postId, id);
        return NoContent();
    }

    /// <summary>DRF's <c>get_queryset()</c> of a nested viewset: the comments of the post in the URL, if the caller can see it.</summary>
    private IQueryable<Comment> GetQueryset(int postId) => db.Comments.OnPost(postId).OnVisiblePost(ViewerId);

    /// <summary>DRF's <c>get_object()</c>: the comment with its post (≈ <c>select_related("post")</c>), then the object permission.</summary>
    private async Task GetObjectAsync(int postId, int id, CancellationToken cancellationToken)
    {
        var comment = await GetQueryset(postId).Include(c => c.Post).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw PostErrors.CommentNotFound();
        await CheckObjectPermissionsAsync(comment);
    }

    private async Task EnsurePostVisibleAsync(int postId, CancellationToken cancellationToken)
    {
        if (!await db.Posts.Where(p => p.Id == postId).VisibleTo(ViewerId).AnyAsync(cancellationToken)) throw PostErrors.NotFound();
    }
}
