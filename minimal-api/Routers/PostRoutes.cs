using System.Security.Claims;
using Blog.Data;
using Blog.Data.Queries;
using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Blog.Hosting.Caching;
using Blog.Hosting.Conditional;
using Blog.Hosting.Idempotency;
using Blog.Hosting.Live;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MinimalApi.Crud;
using MinimalApi.Errors;
using MinimalApi.Schemas;

namespace MinimalApi.Routers;

/// <summary>/posts: list, create, read, replace (PUT), partial update (PATCH), delete.</summary>
public static class PostRoutes
{
    public static void MapPosts(this IEndpointRouteBuilder app)
    {
        // Reads without credentials are limited per address; each write overrides that with the per-user limit.
        var posts = app.MapGroup("/posts").WithTags("posts").WithBlogVersions(app).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithEntityTags().RequireRateLimiting(RateLimitPolicies.AnonymousReads);
        // Its writes can change the cached tag counts: they move the cache's generation.
        posts.ChangesCachedAnswers();
        posts.MapGet("/", List).MapToApiVersion(BlogVersions.V1).WithName("listPosts").WithSummary("List posts, a page at a time")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        posts.MapGet("/", ListWithoutTotal).MapToApiVersion(BlogVersions.V2).WithName("listPostsV2")
            .WithSummary("List posts, a page at a time, without counting them").ProducesProblem(StatusCodes.Status400BadRequest);
        posts.MapPost("/", Create).WithName("createPost").WithSummary("Write a post").RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Writes).Idempotent();
        posts.MapGet("/{id:int}", Get).WithName("getPost").WithSummary("Read a post")
            .ProducesProblem(StatusCodes.Status404NotFound);
        posts.MapPut("/{id:int}", Replace).WithName("replacePost").WithSummary("Replace a post").RequireAuthorization().WithMetadata(new IfMatchAttribute())
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        posts.MapPatch("/{id:int}", Patch).WithName("updatePost").WithSummary("Change some fields of a post").RequireAuthorization().WithMetadata(new IfMatchAttribute())
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        posts.MapDelete("/{id:int}", Delete).WithName("deletePost").WithSummary("Delete a post and its comments").RequireAuthorization().WithMetadata(new IfMatchAttribute())
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<Page<PostPublic>>> List(
        PostListParameters parameters, ClaimsPrincipal user, BlogDbContext db, CursorCodec cursors,
        CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery(cursors);
        var matching = db.Posts.Matching(query, user.IdOrNull());
        var (rows, total) = await matching.KeysetPage(query).ToPublic().ToListWithTotalAsync(matching, cancellationToken);
        return TypedResults.Ok(ListParameters.ToPage(rows, query.Limit, total,
            post => post.PositionUnder(query.Sort), position => cursors.Encode(query.Scope, position)));
    }

    /// <summary>2.0: the page alone, one statement less (no count of every match).</summary>
    private static async Task<Ok<CursorPage<PostPublic>>> ListWithoutTotal(
        PostListParameters parameters, ClaimsPrincipal user, BlogDbContext db, CursorCodec cursors,
        CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery(cursors);
        var rows = await db.Posts.Matching(query, user.IdOrNull()).KeysetPage(query).ToPublic().ToListAsync(cancellationToken);
        return TypedResults.Ok(ListParameters.ToCursorPage(rows, query.Limit,
            post => post.PositionUnder(query.Sort), position => cursors.Encode(query.Scope, position)));
    }

    private static async Task<Created<PostPublic>> Create(
        PostCreate body, ClaimsPrincipal user, BlogDbContext db, TimeProvider clock, LiveUpdates live, CancellationToken cancellationToken)
    {
        var now = Timestamps.Now(clock);
        var post = new Post
        {
            Title = body.Title,
            Content = body.Content,
            Status = PostStatuses.ParseOr(body.Status, PostStatus.Draft),
            AuthorId = user.Id(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        post.SetTags(TagNames.Normalize(body.Tags));
        db.Posts.Add(post);
        await db.SaveWithFreeSlugAsync(post, cancellationToken);
        var view = await ViewAsync(db, post.Id, cancellationToken);
        await live.PostSavedAsync(null, view.Status, view);
        return TypedResults.Created($"/posts/{post.Id}", view);
    }

    private static async Task<Results<Ok<PostPublic>, ProblemHttpResult>> Get(
        int id, ClaimsPrincipal user, BlogDbContext db, CancellationToken cancellationToken) =>
        await db.Posts.Where(p => p.Id == id).VisibleTo(user.IdOrNull()).ToPublic().SingleOrDefaultAsync(cancellationToken) is { } post
            ? TypedResults.Ok(post)
            : Problem.Of(PostErrors.NotFound());

    private static async Task<Ok<PostPublic>> Replace(
        int id, PostCreate body, IfMatchCondition? ifMatch, ClaimsPrincipal user, BlogDbContext db, IOptions<JsonOptions> json,
        TimeProvider clock, LiveUpdates live, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var post = await EditableAsync(db, id, user, ifMatch, json.Value, cancellationToken);
        var before = post.Status;
        var slugChanges = post.Edit(body.Title, body.Content, PostStatuses.ParseOr(body.Status, PostStatus.Draft),
            TagNames.Normalize(body.Tags), Timestamps.Now(clock));
        await db.SaveEditAsync(post, slugChanges, cancellationToken);
        var view = await ViewAsync(db, id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await live.PostSavedAsync(before, view.Status, view);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<PostPublic>> Patch(
        int id, PostPatch body, IfMatchCondition? ifMatch, ClaimsPrincipal user, BlogDbContext db, IOptions<JsonOptions> json,
        TimeProvider clock, LiveUpdates live, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var post = await EditableAsync(db, id, user, ifMatch, json.Value, cancellationToken);
        var before = post.Status;
        var tags = body.Tags.IsSet ? TagNames.Normalize(body.Tags.Value) : post.Tags.Select(t => t.Name).ToList();
        var slugChanges = post.Edit(body.Title.Or(post.Title)!, body.Content.Or(post.Content)!,
            body.Status.IsSet ? PostStatuses.ParseOr(body.Status.Value, post.Status) : post.Status, tags, Timestamps.Now(clock));
        await db.SaveEditAsync(post, slugChanges, cancellationToken);
        var view = await ViewAsync(db, id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await live.PostSavedAsync(before, view.Status, view);
        return TypedResults.Ok(view);
    }

    private static async Task<NoContent> Delete(
        int id, IfMatchCondition? ifMatch, ClaimsPrincipal user, BlogDbContext db, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EditableAsync(db, id, user, ifMatch, json.Value, cancellationToken);
        await db.Posts.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The post, tracked and locked for the caller's transaction, if the caller may change it: 404 when they cannot see
    /// it, 403 when it is not theirs; then, last, 412 when the request's If-Match no longer names it.
    /// </summary>
    private static async Task<Post> EditableAsync(
        BlogDbContext db, int id, ClaimsPrincipal user, IfMatchCondition? ifMatch, JsonOptions json, CancellationToken cancellationToken)
    {
        var userId = user.Id();
        await db.LockPostAsync(id, cancellationToken);
        var post = await db.Posts.Include(p => p.Tags).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (post is null || !PostPolicy.CanView(post.Status, post.AuthorId, userId)) throw PostErrors.NotFound();
        if (!PostPolicy.CanEdit(post.AuthorId, userId)) throw PostErrors.NotAuthor();
        if (ifMatch is not null)
            await ifMatch.RequireAsync(() => ViewAsync(db, id, cancellationToken), json.SerializerOptions);
        return post;
    }

    /// <summary>The post as saved; a post deleted meanwhile is 404, not a failed read.</summary>
    private static async Task<PostPublic> ViewAsync(BlogDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Posts.Where(p => p.Id == id).ToPublic().SingleOrDefaultAsync(cancellationToken) ?? throw PostErrors.NotFound();
}
