namespace Blog.ContractTests.Harness;

/// <summary>
/// A host with tight rate limits (so that a spec spends each in a few requests) and one allowed CORS origin; its
/// requests come from the trusted loopback proxy, so that each spec names its client address in X-Forwarded-For.
/// </summary>
public abstract class TightLimitsHostFixture<TProgram>(DatabaseKind database) : BlogHostFixture<TProgram>(database)
    where TProgram : class
{
    public const string AllowedOrigin = "https://app.example";

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["RateLimits:Auth:PermitLimit"] = "4",
        ["RateLimits:LoginFailures:PermitLimit"] = "2",
        ["RateLimits:LoginFailures:WindowSeconds"] = "60",
        ["RateLimits:Writes:PermitLimit"] = "3",
        ["RateLimits:AnonymousReads:PermitLimit"] = "3",
        ["Cors:AllowedOrigins"] = AllowedOrigin + ", https://other.example",
    };

    protected override ValueTask<IReadOnlyDictionary<string, string>> SettingsAsync() => ValueTask.FromResult(Settings);
}

/// <summary>
/// Two in-process instances of a host on one database, counting their rate limits in one Redis of their own (a
/// throwaway redis-server that a spec may stop and restart), with tight limits.
/// </summary>
public abstract class RedisLimitsHostFixture<TProgram>(DatabaseKind database) : BlogHostFixture<TProgram>(database), IRedisBlogHost
    where TProgram : class
{
    private TestRedis? redis;

    public TestRedis Redis => redis ?? throw new InvalidOperationException("The fixture has not been initialized.");

    protected override int Instances => 2;

    protected override async ValueTask<IReadOnlyDictionary<string, string>> SettingsAsync()
    {
        // A server of its own: user ids of different databases would share counters in one, and a spec stops it.
        redis = await TestRedis.StartAsync();
        return new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["RateLimits:LoginFailures:PermitLimit"] = "3",
            ["RateLimits:LoginFailures:WindowSeconds"] = "60",
            ["RateLimits:Writes:PermitLimit"] = "4",
            ["RateLimits:AnonymousReads:PermitLimit"] = "4",
        };
    }
}

/// <summary>A host whose rate limits are counted in a Redis the spec can stop, with several in-process instances.</summary>
public interface IRedisBlogHost : IInProcessBlogHost
{
    TestRedis Redis { get; }

    HttpClient CreateClient(int instance, params HttpStatusCode[] allowed);
}
