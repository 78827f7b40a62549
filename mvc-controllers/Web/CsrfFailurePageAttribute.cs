using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace MvcControllers.Web;

/// <summary>
/// Django's <c>CSRF_FAILURE_VIEW</c>: a form the antiforgery check refuses gets a page saying so, with a 400, where
/// MVC would answer an empty 400 (its problem-details writer writes nothing for a controller without
/// <c>[ApiController]</c>, dotnet/aspnetcore#67053). The framework also refuses this way a form it cannot read.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CsrfFailurePageAttribute : Attribute, IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        // The check refuses before any controller exists, so the page is a view result of its own.
        if (context.Result is IAntiforgeryValidationFailedResult)
            context.Result = new ViewResult { ViewName = "CsrfFailure", StatusCode = StatusCodes.Status400BadRequest };
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
