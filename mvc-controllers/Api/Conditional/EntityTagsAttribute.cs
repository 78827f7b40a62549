using Blog.Hosting.Conditional;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MvcControllers.Api.Conditional;

/// <summary>
/// A result filter, like a DRF mixin on a viewset: the action's JSON 200 or 201 is sent with the ETag of the bytes its
/// renderer wrote, and a GET's 200 with its Cache-Control, or as a 304 when the request's If-None-Match names it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class EntityTagsAttribute : Attribute, IAsyncResultFilter, IEntityTagged
{
    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next) =>
        EntityTaggedResponse.WriteAsync(context.HttpContext, () => next());
}
