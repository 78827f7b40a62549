using Blog.Data;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MvcControllers.Models;

/// <summary>
/// Django's <c>@transaction.atomic</c> on a view: the action runs in one database transaction, committed when it
/// returns and rolled back when it throws. Inside it, <c>LockPostAsync</c> holds the post's row until the commit.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AtomicAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<BlogDbContext>();
        var cancellationToken = context.HttpContext.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled) await transaction.CommitAsync(cancellationToken);
    }
}
