using Blog.Domain.Errors;
using Blog.Hosting.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MvcControllers.Api.Parsers;
using MvcControllers.Api.Permissions;
using MvcControllers.Api.Serializers;

namespace MvcControllers.Api;

/// <summary>
/// What every API controller shares, like DRF's APIView: JSON out, bodies read by parsers only, bearer tokens instead
/// of cookies (so no CSRF check), serializers validated before the action (a failure raised for the one exception
/// handler), and the object-permission check of <c>get_object()</c>.
/// </summary>
[ApiController]
[IgnoreAntiforgeryToken]
[IsValid]
[ParsersOnly]
public abstract class BlogApiController : ControllerBase
{
    /// <summary>The caller's user id, or null when anonymous (≈ <c>request.user</c> / AnonymousUser).</summary>
    protected int? ViewerId => User.IdOrNull();

    /// <summary>The caller's user id on an action the permission policy already keeps anonymous callers out of.</summary>
    protected int UserId => User.Id();

    /// <summary>DRF's <c>check_object_permissions</c>: the resource-based <see cref="ApiPermissions.IsAuthorOrReadOnly"/>, a 403 when refused.</summary>
    protected async Task CheckObjectPermissionsAsync(object resource)
    {
        var authorization = HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(User, resource, ApiPermissions.IsAuthorOrReadOnly);
        if (!result.Succeeded)
            throw new ForbiddenError(result.Failure?.FailureReasons.FirstOrDefault()?.Message ?? "You are not allowed to do this.");
    }
}
