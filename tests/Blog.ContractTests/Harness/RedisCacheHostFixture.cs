namespace Blog.ContractTests.Harness;

/// <summary>
/// Two in-process instances of a host on one database and one Redis of their own (a throwaway redis-server that a spec
/// may stop and restart), with the default rate limits: the deployment the cache's generation in Redis is for.
/// </summary>
public abstract class RedisCacheHostFixture<TProgram>(DatabaseKind database) : BlogHostFixture<TProgram>(database), IRedisBlogHost
    where TProgram : class
{
    private TestRedis? redis;

    public TestRedis Redis => redis ?? throw new InvalidOperationException("The fixture has not been initialized.");

    protected override int Instances => 2;

    protected override async ValueTask<IReadOnlyDictionary<string, string>> SettingsAsync()
    {
        // A server of its own: the generation is one key for a whole deployment, and a spec stops it.
        redis = await TestRedis.StartAsync();
        return new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis.ConnectionString };
    }
}
