using System.Net.Mime;
using Asp.Versioning;
using Blog.Data;
using Blog.Data.Queries;
using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Conditional;
using Blog.Hosting.Live;
using Blog.Hosting.OpenApi;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MvcControllers.Api.Conditional;
using MvcControllers.Api.Filters;
using MvcControllers.Api.Idempotency;
using MvcControllers.Api.Permissions;
using MvcControllers.Api.Serializers;
using MvcControllers.Caching;
using MvcControllers.Models;

namespace MvcControllers.Api.Controllers;

/// <summary>
/// /posts as a DRF ModelViewSet: list, create, retrieve, update (PUT), partial_update (PATCH), destroy.
/// <c>permission_classes = [IsAuthenticatedOrReadOnly, IsAuthorOrReadOnly]</c>.
/// </summary>
[Route("posts")]
[ChangesCachedAnswers]
[ApiVersion(1.0)]
[ApiVersion(2.0)]
[EntityTags]
[Tags("posts")]
// DRF throttle_classes: the viewset's reads without credentials per address; each write action per user.
[EnableRateLimiting(RateLimitPolicies.AnonymousReads)]
[ProducesResponseType(StatusCodes.Status503ServiceUnavailable)]
[Authorize(Policy = ApiPermissions.IsAuthenticatedOrReadOnly)]
public sealed class PostsController(BlogDbContext db, TimeProvider clock, IOptions<JsonOptions> json) : BlogApiController
{
    [HttpGet(Name = "listPosts")]
    [MapToApiVersion(1.0)]
    [EndpointSummary("List posts, a page at a time")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [QueryParameter("cursor", typeof(string))]
    [QueryParameter("limit", typeof(int), Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault)]
    [QueryParameter("status", typeof(PostStatus))]
    [QueryParameter("author_id", typeof(int))]
    [QueryParameter("tag", typeof(string))]
    [QueryParameter("search", typeof(string))]
    [QueryParameter("sort", typeof(PostSort))]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<Page<PostRepresentation>> List([FromQuery] PostFilterSet filters, [FromServices] CursorCodec cursors, CancellationToken cancellationToken)
    {
        var query = filters.ToQuery(cursors);
        var posts = GetQueryset().Filter(query, ViewerId);
        var (rows, total) = await posts.KeysetPage(query).Select(PostSerializer.Representation).ToListWithTotalAsync(posts, cancellationToken);
        return ListParameters.ToPage(rows, query.Limit, total,
            post => post.PositionUnder(query.Sort), position => cursors.Encode(query.Scope, position));
    }

    /// <summary>2.0's list: the page alone, one statement less (no count of every match).</summary>
    [HttpGet(Name = "listPostsV2")]
    [MapToApiVersion(2.0)]
    [EndpointSummary("List posts, a page at a time, without counting them")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [QueryParameter("cursor", typeof(string))]
    [QueryParameter("limit", typeof(int), Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault)]
    [QueryParameter("status", typeof(PostStatus))]
    [QueryParameter("author_id", typeof(int))]
    [QueryParameter("tag", typeof(string))]
    [QueryParameter("search", typeof(string))]
    [QueryParameter("sort", typeof(PostSort))]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<CursorPage<PostRepresentation>> ListWithoutTotal(
        [FromQuery] PostFilterSet filters, [FromServices] CursorCodec cursors, CancellationToken cancellationToken)
    {
        var query = filters.ToQuery(cursors);
        var rows = await GetQueryset().Filter(query, ViewerId).KeysetPage(query).Select(PostSerializer.Representation).ToListAsync(cancellationToken);
        return ListParameters.ToCursorPage(rows, query.Limit,
            post => post.PositionUnder(query.Sort), position => cursors.Encode(query.Scope, position));
    }

    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [HttpPost(Name = "createPost")]
    [EndpointSummary("Write a post")]
    [Consumes(MediaTypeNames.Application.Json)]
    [ProducesResponseType<PostRepresentation>(StatusCodes.Status201Created)]
    [Idempotent]
    public async Task<ActionResult<PostRepresentation>> Create(PostSerializer body, [FromServices] LiveUpdates live, CancellationToken cancellationToken)
    {
        var now = Timestamps.Now(clock);
        var post = new Post
        {
            Title = body.Title!,
            Content = body.Content!,
            Status = PostStatuses.ParseOr(body.Status, PostStatus.Draft),
            AuthorId = UserId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        post.SetTags(TagNames.Normalize(body.Tags));
        db.Posts.Add(post);
        await db.SaveWithFreeSlugAsync(post, cancellationToken);
        var created = await RepresentationAsync(post.Id, cancellationToken);
        await live.PostSavedAsync(null, created.Status, created);
        return Created($"/posts/{post.Id}", created);
    }

    [HttpGet("{id:int}", Name = "getPost")]
    [EndpointSummary("Read a post")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<PostRepresentation> Retrieve(int id, CancellationToken cancellationToken) =>
        await GetQueryset().Where(p => p.Id == id).Select(PostSerializer.Representation).SingleOrDefaultAsync(cancellationToken)
            ?? throw PostErrors.NotFound();

    /// <summary>PUT replaces every writable field: an omitted status or tag list resets to draft and none.</summary>
    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [HttpPut("{id:int}", Name = "replacePost")]
    [EndpointSummary("Replace a post")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Atomic]
    [IfMatch]
    [Consumes(MediaTypeNames.Application.Json)]
    public async Task<PostRepresentation> Update(int id, PostSerializer body, [FromServices] LiveUpdates live, CancellationToken cancellationToken)
    {
        var post = await GetObjectAsync(id, cancellationToken);
        var before = post.Status;
        var slugChanges = post.Edit(body.Title!, body.Content!, PostStatuses.ParseOr(body.Status, PostStatus.Draft),
            TagNames.Normalize(body.Tags), Timestamps.Now(clock));
        await db.SaveEditAsync(post, slugChanges, cancellationToken);
        // Sent when the answer starts, after [Atomic] has committed (≈ transaction.on_commit(group_send)).
        var saved = await RepresentationAsync(id, cancellationToken);
        await live.PostSavedAsync(before, saved.Status, saved);
        return saved;
    }

    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [HttpPatch("{id:int}", Name = "updatePost")]
    [EndpointSummary("Change some fields of a post")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Atomic]
    [IfMatch]
    [Consumes(MediaTypeNames.Application.Json)]
    public async Task<PostRepresentation> PartialUpdate(
        int id, PostPatchSerializer body, [FromServices] LiveUpdates live, CancellationToken cancellationToken)
    {
        var post = await GetObjectAsync(id, cancellationToken);
        var before = post.Status;
        var slugChanges = post.Edit(
            body.Title.Or(post.Title)!,
            body.Content.Or(post.Content)!,
            body.Status.IsSet ? PostStatuses.ParseOr(body.Status.Value, post.Status) : post.Status,
            body.Tags.IsSet ? TagNames.Normalize(body.Tags.Value) : post.Tags.Select(t => t.Name).ToList(),
            Timestamps.Now(clock));
        await db.SaveEditAsync(post, slugChanges, cancellationToken);
        // Sent when the answer starts, after [Atomic] has committed (≈ transaction.on_commit(group_send)).
        var saved = await RepresentationAsync(id, cancellationToken);
        await live.PostSavedAsync(before, saved.Status, saved);
        return saved;
    }

    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [HttpDelete("{id:int}", Name = "deletePost")]
    [EndpointSummary("Delete a post and its comments")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Atomic]
    [IfMatch]
    public async Task<NoContentResult> Destroy(int id, CancellationToken cancellationToken)
    {
        await GetObjectAsync(id, cancellationToken);
        await db.Posts.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
        return NoContent();
    }

    /// <summary>DRF's <c>get_queryset()</c>: the posts the caller may see, published ones and their own.</summary>
    private IQueryable<Post> GetQueryset() => db.Posts.VisibleTo(ViewerId);

    /// <summary>
    /// DRF's <c>get_object()</c> for a write: looked up in the posts the caller can see (404 otherwise), locked until the
    /// action's transaction ends (≈ <c>select_for_update()</c>), with its tags (≈ <c>prefetch_related("tags")</c>), then
    /// the object permission (403 when it is someone else's); last, the request's If-Match (412 when it no longer
    /// names the post as the caller would GET it now).
    /// </summary>
    private async Task<Post> GetObjectAsync(int id, CancellationToken cancellationToken)
    {
        await db.LockPostAsync(id, cancellationToken);
        var post = await GetQueryset().Include(p => p.Tags).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw PostErrors.NotFound();
        await CheckObjectPermissionsAsync(post);
        if (IfMatchCondition.From(Request) is { } ifMatch)
            await ifMatch.RequireAsync(() => RepresentationAsync(id, cancellationToken), json.Value.JsonSerializerOptions);
        return post;
    }

    /// <summary>The post as saved; a post deleted meanwhile is 404, not a failed read.</summary>
    private async Task<PostRepresentation> RepresentationAsync(int id, CancellationToken cancellationToken) =>
        await db.Posts.Where(p => p.Id == id).Select(PostSerializer.Representation).SingleOrDefaultAsync(cancellationToken) ?? throw PostErrors.NotFound();
}
