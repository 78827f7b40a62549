using Blog.Domain.Comments;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Microsoft.AspNetCore.Authorization;

namespace MvcControllers.Api.Permissions;

/// <summary>
/// DRF's <c>has_object_permission</c> for IsAuthorOrReadOnly, as a resource-based handler: a post may be changed by
/// its author, a comment deleted by its author or the post's. A refusal carries the message the 403 problem shows
/// (DRF's <c>permission.message</c>). The "read only" half needs no code: only the write actions (PUT, PATCH,
/// DELETE) call <c>CheckObjectPermissionsAsync</c>, so reads never reach this handler.
/// </summary>
public sealed class AuthorOrReadOnlyHandler : AuthorizationHandler<AuthorOrReadOnlyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AuthorOrReadOnlyRequirement requirement)
    {
        var userId = context.User.Id();
        var refusal = context.Resource switch
        {
            Post post when PostPolicy.CanEdit(post.AuthorId, userId) => null,
            Post => PostErrors.NotAuthor().Message,
            Comment comment when PostPolicy.CanDeleteComment(comment.AuthorId, comment.Post.AuthorId, userId) => null,
            Comment => PostErrors.CannotDeleteComment().Message,
            var other => throw new InvalidOperationException($"{nameof(ApiPermissions.IsAuthorOrReadOnly)} cannot judge a {other?.GetType().Name}."),
        };
        if (refusal is null) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, refusal));
        return Task.CompletedTask;
    }
}
