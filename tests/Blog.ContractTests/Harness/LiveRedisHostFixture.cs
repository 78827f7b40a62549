namespace Blog.ContractTests.Harness;

/// <summary>
/// Two in-process instances of a host on one database whose hubs scale out over one Redis of their own (a throwaway
/// redis-server: SignalR's groups are named by post id, which another fixture's database reuses), logging every
/// category at Trace — even ASP.NET Core's request-starting lines, asked for by name — so that a spec sees every log
/// line a hub's query token could reach.
/// </summary>
public abstract class LiveRedisHostFixture<TProgram>(DatabaseKind database) : BlogHostFixture<TProgram>(database)
    where TProgram : class
{
    protected override int Instances => 2;

    protected override async ValueTask<IReadOnlyDictionary<string, string>> SettingsAsync()
    {
        var redis = await TestRedis.StartAsync();
        return new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        };
    }
}
