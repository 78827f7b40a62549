using Blog.Data;
using Microsoft.Extensions.Configuration;

namespace Blog.Hosting.Caching;

/// <summary>`Cache:Seconds` (default 30, a whole number ≥ 1): how long a cached entry lives, in memory and in Redis.</summary>
public sealed record CacheSettings(int Seconds)
{
    public const string SecondsKey = "Cache:Seconds";

    public static CacheSettings From(IConfiguration configuration) =>
        new(SettingValues.PositiveInteger(configuration, SecondsKey, 30));
}
