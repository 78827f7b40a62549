namespace Blog.Hosting.Wire;

public sealed record HealthView(string Status)
{
    public static readonly HealthView Ok = new("ok");
    public static readonly HealthView Unavailable = new("unavailable");
}
