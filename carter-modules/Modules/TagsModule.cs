using Carter;
using CarterModules.Features.Tags;
using Mediator;

namespace CarterModules.Modules;

/// <summary>The /tags router.</summary>
public sealed class TagsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGroup("/tags").WithTags("tags").ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListTags(), ct)))
            .WithName("listTags").WithSummary("The tags of published posts, most used first");
}
