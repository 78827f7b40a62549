using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Conditional;

public static class EntityTagEndpoints
{
    /// <summary>Marks the endpoints as tagged (<see cref="IEntityTagged"/>) for a host that tags them in its pipeline.</summary>
    public static TBuilder WithEntityTagMetadata<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(EntityTagged.Instance);

    /// <summary>
    /// Tags the endpoints' answers with an endpoint filter (minimal APIs): their result is written through
    /// <see cref="EntityTaggedResponse"/>.
    /// </summary>
    public static TBuilder WithEntityTags<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithEntityTagMetadata().AddEndpointFilter(async (context, next) =>
            await next(context) is IResult result ? new EntityTaggedResult(result) : throw new InvalidOperationException(
                "An entity-tagged endpoint must answer with an IResult."));

    /// <summary>
    /// Tags the answers of the endpoints marked <see cref="IEntityTagged"/>, as a middleware after routing (carter's
    /// app.Use chain, like Express's etag()).
    /// </summary>
    public static IApplicationBuilder UseEntityTags(this IApplicationBuilder app) =>
        app.Use((context, next) => context.GetEndpoint()?.Metadata.GetMetadata<IEntityTagged>() is null
            ? next(context)
            : EntityTaggedResponse.WriteAsync(context, () => next(context)));

    private sealed class EntityTaggedResult(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => EntityTaggedResponse.WriteAsync(httpContext, () => inner.ExecuteAsync(httpContext));
    }
}
