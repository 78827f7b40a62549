using Blog.Hosting.OpenApi;

namespace CarterModules.Responses;

[WireSchema("HealthView")]
public sealed record HealthResponse(string Status)
{
    public static readonly HealthResponse Ok = new("ok");
    public static readonly HealthResponse Unavailable = new("unavailable");
}
