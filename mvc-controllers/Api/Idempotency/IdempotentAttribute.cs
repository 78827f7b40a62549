using System.Runtime.ExceptionServices;
using System.Text.Json;
using Blog.Hosting.Idempotency;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace MvcControllers.Api.Idempotency;

/// <summary>
/// A create that honours <c>Idempotency-Key</c>, like a view decorator: the body is kept readable before the parsers
/// read it (a resource filter), and the action runs through the shared rule (<see cref="IdempotentCreate"/>) in the
/// transaction its answer is stored in, rendered once here with the API's JSON options.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute : Attribute, IAsyncResourceFilter, IAsyncActionFilter, IIdempotentCreate
{
    public Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        if (context.HttpContext.Request.Headers.ContainsKey(IdempotencyKey.Header)) context.HttpContext.Request.EnableBuffering();
        return next();
    }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (await IdempotentRequest.ReadAsync(http) is not { } request)
        {
            await next();
            return;
        }
        var services = http.RequestServices;
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        ActionExecutedContext? executed = null;
        var answer = await IdempotentCreate.RunAsync(services.GetRequiredService<IIdempotencyStore>(), request,
            services.GetRequiredService<TimeProvider>(), async () =>
            {
                executed = await next();
                if (executed.Exception is { } failure && !executed.ExceptionHandled) ExceptionDispatchInfo.Throw(failure);
                return executed.Result is CreatedResult { Value: { } value } created
                    ? new JsonAnswer(StatusCodes.Status201Created, JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json), created.Location)
                    : throw new InvalidOperationException("An idempotent create must answer with Created(…).");
            }, http.RequestAborted);
        var result = new AnswerResult(answer);
        if (executed is null) context.Result = result;
        else executed.Result = result;
    }

    private sealed class AnswerResult(JsonAnswer answer) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => answer.ExecuteAsync(context.HttpContext);
    }
}
