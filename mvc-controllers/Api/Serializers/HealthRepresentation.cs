using Blog.Hosting.OpenApi;

namespace MvcControllers.Api.Serializers;

[WireSchema("HealthView")]
public sealed record HealthRepresentation(string Status)
{
    public static readonly HealthRepresentation Ok = new("ok");
    public static readonly HealthRepresentation Unavailable = new("unavailable");
}
