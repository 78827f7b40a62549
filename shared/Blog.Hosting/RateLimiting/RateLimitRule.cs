using System.Globalization;
using Blog.Data;
using Microsoft.Extensions.Configuration;

namespace Blog.Hosting.RateLimiting;

/// <summary>One fixed-window limit: at most <see cref="PermitLimit"/> counted requests per key in each window.</summary>
public sealed record RateLimitRule(string Name, int PermitLimit, TimeSpan Window)
{
    /// <summary>The rule named <paramref name="name"/> from `RateLimits:&lt;name&gt;:PermitLimit` and `WindowSeconds`, checked now.</summary>
    public static RateLimitRule From(IConfiguration configuration, string name, int permitLimit, int windowSeconds) => new(
        name,
        SettingValues.PositiveInteger(configuration, $"RateLimits:{name}:PermitLimit", permitLimit),
        TimeSpan.FromSeconds(SettingValues.PositiveInteger(configuration, $"RateLimits:{name}:WindowSeconds", windowSeconds)));

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: {PermitLimit} per {Window.TotalSeconds} s");
}
