using Blog.Hosting.OpenApi;

namespace MvcControllers.Api;

/// <summary>
/// Runs the action straight from routing, before authentication and every other middleware, as `.ShortCircuit()`
/// does for a minimal-API endpoint: ASP.NET Core 10 has the convention but not yet an attribute for controllers.
/// <see cref="ApplyTo"/> applies it; as a <see cref="BeforeAuthenticationAttribute"/> it also tells the document.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ShortCircuitAttribute : BeforeAuthenticationAttribute
{
    /// <summary>`.ShortCircuit()` for the endpoints of the actions that carry this attribute.</summary>
    public static void ApplyTo(ControllerActionEndpointConventionBuilder controllers) =>
        new MarkedActions(controllers).ShortCircuit();

    private sealed class MarkedActions(IEndpointConventionBuilder controllers) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention) => controllers.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<ShortCircuitAttribute>().Any()) convention(endpoint);
        });
    }
}
