using Blog.Hosting.Live;
using Carter;

namespace CarterModules.Modules;

/// <summary>The /hubs/posts router: the SignalR hub of live comments (≈ socket.io attached to the Express server).</summary>
public sealed class LiveModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) => app.MapPostsHub();
}
