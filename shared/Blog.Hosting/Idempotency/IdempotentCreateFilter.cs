using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Hosting.Idempotency;

/// <summary>
/// The endpoint filter of a minimal-API create (minimal-api's routes, carter's modules): a request without a key
/// runs as usual; one with a key runs through <see cref="IdempotentCreate"/> over the host's
/// <see cref="IIdempotencyStore"/>, the endpoint's own result captured inside the create's transaction.
/// </summary>
public sealed class IdempotentCreateFilter : IEndpointFilter, IIdempotentCreate
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (await IdempotentRequest.ReadAsync(http) is not { } request) return await next(context);
        var services = http.RequestServices;
        return await IdempotentCreate.RunAsync(services.GetRequiredService<IIdempotencyStore>(), request,
            services.GetRequiredService<TimeProvider>(), async () =>
            {
                var result = await next(context) as IResult
                    ?? throw new InvalidOperationException("An idempotent create must answer with an IResult.");
                return await JsonAnswer.CaptureAsync(http, () => result.ExecuteAsync(http));
            }, http.RequestAborted);
    }
}

public static class IdempotentEndpoints
{
    /// <summary>The route honours <c>Idempotency-Key</c>: the filter, and the metadata the pipeline and the document read.</summary>
    public static TBuilder Idempotent<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        var filter = new IdempotentCreateFilter();
        builder.WithMetadata(filter);
        return builder.AddEndpointFilter(filter);
    }
}
