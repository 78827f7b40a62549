using System.Security.Claims;
using Blog.Domain.Paging;
using Blog.Hosting.Auth;
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
        var posts = app.MapGroup("/posts").WithTags("posts");

        posts.MapGet("/", async (HttpRequest request, ClaimsPrincipal user, CursorCodec cursors, ISender sender, CancellationToken ct) =>
            {
                var q = request.Query;
                var query = PostListQuery.Parse(cursors, q["cursor"], q["limit"], q["status"], q["author_id"], q["tag"], q["search"], q["sort"]);
                return TypedResults.Ok(await sender.Send(new ListPosts(query, user.IdOrNull()), ct));
            })
            .Produces<Page<PostView>>();

        posts.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var post = await sender.Send(await request.ReadJsonAsync<CreatePost>(ct) with { AuthorId = user.Id() }, ct);
                return TypedResults.Created($"/posts/{post.Id}", post);
            })
            .RequireAuthorization().Accepts<CreatePost>("application/json").Produces<PostView>(StatusCodes.Status201Created);

        posts.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetPost(id, user.IdOrNull()), ct)));

        posts.MapPut("/{id:int}", async (int id, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(await request.ReadJsonAsync<ReplacePost>(ct) with { Id = id, UserId = user.Id() }, ct)))
            .RequireAuthorization().Accepts<ReplacePost>("application/json");

        posts.MapPatch("/{id:int}", async (int id, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(await request.ReadJsonAsync<PatchPost>(ct) with { Id = id, UserId = user.Id() }, ct)))
            .RequireAuthorization().Accepts<PatchPost>("application/json");

        posts.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeletePost(id, user.Id()), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization();
    }
}
