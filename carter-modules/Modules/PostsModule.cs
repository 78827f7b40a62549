using System.Security.Claims;
using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Blog.Hosting.OpenApi;
using Blog.Hosting.Wire;
using Carter;
using CarterModules.Features.Posts;
using CarterModules.Http;
using Mediator;

namespace CarterModules.Modules;

/// <summary>The /posts router: list, create, read, replace (PUT), partial update (PATCH), delete.</summary>
public sealed class PostsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var posts = app.MapGroup("/posts").WithTags("posts").ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        posts.MapGet("/", async (HttpRequest request, ClaimsPrincipal user, CursorCodec cursors, ISender sender, CancellationToken ct) =>
            {
                var q = request.Query;
                var query = PostListQuery.Parse(cursors, q["cursor"], q["limit"], q["status"], q["author_id"], q["tag"], q["search"], q["sort"]);
                return TypedResults.Ok(await sender.Send(new ListPosts(query, user.IdOrNull()), ct));
            })
            .WithName("listPosts").WithSummary("List posts, a page at a time")
            .WithMetadata(
                new QueryParameterAttribute("cursor", typeof(string)),
                new QueryParameterAttribute("limit", typeof(int)) { Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault },
                new QueryParameterAttribute("status", typeof(PostStatus)),
                new QueryParameterAttribute("author_id", typeof(int)),
                new QueryParameterAttribute("tag", typeof(string)),
                new QueryParameterAttribute("search", typeof(string)),
                new QueryParameterAttribute("sort", typeof(PostSort)))
            .Produces<Page<PostView>>().ProducesProblem(StatusCodes.Status400BadRequest);

        posts.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var post = await sender.Send(await request.ReadJsonAsync<CreatePost>(ct) with { AuthorId = user.Id() }, ct);
                return TypedResults.Created($"/posts/{post.Id}", post);
            })
            .WithName("createPost").WithSummary("Write a post")
            .RequireAuthorization().Accepts<CreatePost>("application/json").Produces<PostView>(StatusCodes.Status201Created);

        posts.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetPost(id, user.IdOrNull()), ct)))
            .WithName("getPost").WithSummary("Read a post").ProducesProblem(StatusCodes.Status404NotFound);

        posts.MapPut("/{id:int}", async (int id, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(await request.ReadJsonAsync<ReplacePost>(ct) with { Id = id, UserId = user.Id() }, ct)))
            .WithName("replacePost").WithSummary("Replace a post")
            .RequireAuthorization().Accepts<ReplacePost>("application/json")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        posts.MapPatch("/{id:int}", async (int id, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(await request.ReadJsonAsync<PatchPost>(ct) with { Id = id, UserId = user.Id() }, ct)))
            .WithName("updatePost").WithSummary("Change some fields of a post")
            .RequireAuthorization().Accepts<PatchPost>("application/json")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        posts.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeletePost(id, user.Id()), ct);
                return TypedResults.NoContent();
            })
            .WithName("deletePost").WithSummary("Delete a post and its comments").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
