using Blog.Hosting.OpenApi;

namespace MinimalApi.Schemas;

[WireSchema("HealthView")]
public sealed record Health(string Status)
{
    public static readonly Health Ok = new("ok");
    public static readonly Health Unavailable = new("unavailable");
}
