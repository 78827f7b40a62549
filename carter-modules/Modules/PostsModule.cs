using System.Security.Claims;
using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Blog.Hosting.Caching;
using Blog.Hosting.Conditional;
using Blog.Hosting.Idempotency;
using Blog.Hosting.OpenApi;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Carter;
using CarterModules.Data;
using CarterModules.Features.Posts;
using CarterModules.Requests;
using CarterModules.Validation;
using Mediator;

namespace CarterModules.Modules;

/// <summary>The /posts router: list, create, read, replace (PUT), partial update (PATCH), delete.</summary>
public sealed class PostsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        // Reads without credentials are limited per address; each write overrides that with the per-user limit.
        var posts = app.MapGroup("/posts").WithTags("posts").WithBlogVersions(app).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithEntityTagMetadata().RequireRateLimiting(RateLimitPolicies.AnonymousReads);
        // router.use(changesCachedAnswers): its writes can change the cached tag counts, so they move the cache's generation.
        posts.ChangesCachedAnswers();

        posts.MapGet("/", async (HttpRequest request, ClaimsPrincipal user, Db db, CursorCodec cursors, CancellationToken cancellationToken) =>
                TypedResults.Ok(await Posts.PageAsync(db, ListQuery(request, cursors), user.IdOrNull(), cursors, cancellationToken)))
            .MapToApiVersion(BlogVersions.V1)
            .WithName("listPosts").WithSummary("List posts, a page at a time")
            .WithMetadata(ListQueryParameters)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        posts.MapGet("/", async (HttpRequest request, ClaimsPrincipal user, Db db, CursorCodec cursors, CancellationToken cancellationToken) =>
                TypedResults.Ok(await Posts.CursorPageAsync(db, ListQuery(request, cursors), user.IdOrNull(), cursors, cancellationToken)))
            .MapToApiVersion(BlogVersions.V2)
            .WithName("listPostsV2").WithSummary("List posts, a page at a time, without counting them")
            .WithMetadata(ListQueryParameters)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        posts.MapPost("/", async (PostBody body, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                var post = await sender.Send(new CreatePost(user.Id(), body), cancellationToken);
                return TypedResults.Created($"/posts/{post.Id}", post);
            })
            .RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Writes).Validate<PostBody>().Idempotent()
            .WithName("createPost").WithSummary("Write a post");

        posts.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, Db db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await Posts.FindVisibleAsync(db, id, user.IdOrNull(), cancellationToken)))
            .WithName("getPost").WithSummary("Read a post").ProducesProblem(StatusCodes.Status404NotFound);

        posts.MapPut("/{id:int}", async (int id, PostBody body, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ReplacePost(id, user.Id(), body, IfMatchCondition.From(request)), cancellationToken)))
            .RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Writes).Validate<PostBody>().WithMetadata(new IfMatchAttribute())
            .WithName("replacePost").WithSummary("Replace a post")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        posts.MapPatch("/{id:int}", async (int id, PostPatchBody body, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new PatchPost(id, user.Id(), body, IfMatchCondition.From(request)), cancellationToken)))
            .RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Writes).Validate<PostPatchBody>().WithMetadata(new IfMatchAttribute())
            .WithName("updatePost").WithSummary("Change some fields of a post")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        posts.MapDelete("/{id:int}", async (int id, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new DeletePost(id, user.Id(), IfMatchCondition.From(request)), cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Writes).WithMetadata(new IfMatchAttribute())
            .WithName("deletePost").WithSummary("Delete a post and its comments")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static readonly object[] ListQueryParameters =
    [
        new QueryParameterAttribute("cursor", typeof(string)),
        new QueryParameterAttribute("limit", typeof(int)) { Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault },
        new QueryParameterAttribute("status", typeof(PostStatus)),
        new QueryParameterAttribute("author_id", typeof(int)),
        new QueryParameterAttribute("tag", typeof(string)),
        new QueryParameterAttribute("search", typeof(string)),
        new QueryParameterAttribute("sort", typeof(PostSort)),
    ];

    private static PostListQuery ListQuery(HttpRequest request, CursorCodec cursors)
    {
        string? Once(string name) => ListParameters.Once(name, request.Query[name]);
        return PostListQuery.Parse(cursors, Once("cursor"), Once("limit"), Once("status"), Once("author_id"), Once("tag"), Once("search"), Once("sort"));
    }
}
