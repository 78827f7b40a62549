using System.Security.Claims;
using Blog.Domain.Paging;
using Blog.Hosting.Auth;
using Blog.Hosting.Wire;
using Carter;
using CarterModules.Features.Comments;
using CarterModules.Http;
using Mediator;

namespace CarterModules.Modules;

/// <summary>The /posts/{id}/comments router: list newest first, add, delete.</summary>
public sealed class CommentsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var comments = app.MapGroup("/posts/{id:int}/comments").WithTags("comments");

        comments.MapGet("/", async (int id, HttpRequest request, ClaimsPrincipal user, CursorCodec cursors, ISender sender, CancellationToken ct) =>
            {
                var query = CommentListQuery.Parse(cursors, id, request.Query["cursor"], request.Query["limit"]);
                return TypedResults.Ok(await sender.Send(new ListComments(query, user.IdOrNull()), ct));
            })
            .Produces<Page<CommentView>>();

        comments.MapPost("/", async (int id, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var comment = await sender.Send(await request.ReadJsonAsync<CreateComment>(ct) with { PostId = id, AuthorId = user.Id() }, ct);
                return TypedResults.Created($"/posts/{id}/comments/{comment.Id}", comment);
            })
            .RequireAuthorization().Accepts<CreateComment>("application/json").Produces<CommentView>(StatusCodes.Status201Created);

        comments.MapDelete("/{commentId:int}", async (int id, int commentId, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteComment(id, commentId, user.Id()), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization();
    }
}
