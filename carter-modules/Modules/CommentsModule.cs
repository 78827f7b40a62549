using System.Security.Claims;
using Blog.Domain.Paging;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Blog.Hosting.OpenApi;
using Blog.Hosting.Wire;
using Carter;
using CarterModules.Features.Comments;
using CarterModules.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CarterModules.Modules;

/// <summary>The /posts/{id}/comments router: list newest first, add, delete.</summary>
public sealed class CommentsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var comments = app.MapGroup("/posts/{id:int}/comments").WithTags("comments")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        comments.MapGet("/", async (int id, HttpRequest request, ClaimsPrincipal user, CursorCodec cursors, ISender sender, CancellationToken ct) =>
            {
                var query = CommentListQuery.Parse(cursors, id, request.Query["cursor"], request.Query["limit"]);
                return TypedResults.Ok(await sender.Send(new ListComments(query, user.IdOrNull()), ct));
            })
            .WithName("listComments").WithSummary("List a post's comments, newest first")
            .WithMetadata(
                new QueryParameterAttribute("cursor", typeof(string)),
                new QueryParameterAttribute("limit", typeof(int)) { Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault })
            .Produces<Page<CommentView>>().ProducesProblem(StatusCodes.Status400BadRequest);

        comments.MapPost("/", async (int id, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var comment = await sender.Send(await request.ReadJsonAsync<CreateComment>(ct) with { PostId = id, AuthorId = user.Id() }, ct);
                return TypedResults.Created($"/posts/{id}/comments/{comment.Id}", comment);
            })
            .WithName("createComment").WithSummary("Comment on a post")
            .RequireAuthorization().Accepts<CreateComment>("application/json").Produces<CommentView>(StatusCodes.Status201Created);

        comments.MapDelete("/{comment_id:int}", async (int id, [FromRoute(Name = "comment_id")] int commentId, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteComment(id, commentId, user.Id()), ct);
                return TypedResults.NoContent();
            })
            .WithName("deleteComment").WithSummary("Delete a comment").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
