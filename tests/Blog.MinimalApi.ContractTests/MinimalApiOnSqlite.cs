using Blog.ContractTests.Harness;
using Blog.ContractTests.Specs;
using Xunit;

namespace Blog.MinimalApi.ContractTests;

/// <summary>minimal-api in process on a fresh SQLite file, one for each test class below.</summary>
public sealed class MinimalApiOnSqlite() : BlogHostFixture<Program>(DatabaseKind.Sqlite);

// The whole contract suite against it, one test class per spec class. Each class has a host of its own (its class
// fixture) and is a collection of its own: classes run in parallel, the tests of a class one at a time (xunit.v3's
// defaults).
public sealed class AuthOnSqlite(MinimalApiOnSqlite host) : AuthSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class UserOnSqlite(MinimalApiOnSqlite host) : UserSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class PostCreateOnSqlite(MinimalApiOnSqlite host) : PostCreateSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class PostUpdateOnSqlite(MinimalApiOnSqlite host) : PostUpdateSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class PostVisibilityOnSqlite(MinimalApiOnSqlite host) : PostVisibilitySpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class SlugOnSqlite(MinimalApiOnSqlite host) : SlugSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class TagOnSqlite(MinimalApiOnSqlite host) : TagSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class ListPagingOnSqlite(MinimalApiOnSqlite host) : ListPagingSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class ListFilterOnSqlite(MinimalApiOnSqlite host) : ListFilterSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class CommentOnSqlite(MinimalApiOnSqlite host) : CommentSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class ErrorOnSqlite(MinimalApiOnSqlite host) : ErrorSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class ConcurrencyOnSqlite(MinimalApiOnSqlite host) : ConcurrencySpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class TokenRaceOnSqlite(MinimalApiOnSqlite host) : TokenRaceSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class PostRaceOnSqlite(MinimalApiOnSqlite host) : PostRaceSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class StatementCountOnSqlite(MinimalApiOnSqlite host) : StatementCountSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class HealthAndDocsOnSqlite(MinimalApiOnSqlite host) : HealthAndDocsSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class ObservabilityOnSqlite(MinimalApiOnSqlite host) : ObservabilitySpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class RaceLogOnSqlite(MinimalApiOnSqlite host) : RaceLogSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class ContentTypeOnSqlite(MinimalApiOnSqlite host) : ContentTypeSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class QueryParameterOnSqlite(MinimalApiOnSqlite host) : QueryParameterSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class ConditionalRequestOnSqlite(MinimalApiOnSqlite host) : ConditionalRequestSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class IdempotencyOnSqlite(MinimalApiOnSqlite host) : IdempotencySpecs(host), IClassFixture<MinimalApiOnSqlite>;

/// <summary>MinimalApi with tight rate limits and an allowed CORS origin, and two instances sharing one Redis.</summary>
public sealed class MinimalApiTightLimitsOnSqlite() : TightLimitsHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class MinimalApiRedisLimitsOnSqlite() : RedisLimitsHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class RateLimitOnSqlite(MinimalApiOnSqlite host) : RateLimitSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class TightRateLimitOnSqlite(MinimalApiTightLimitsOnSqlite host) : TightRateLimitSpecs(host), IClassFixture<MinimalApiTightLimitsOnSqlite>;

public sealed class RedisRateLimitOnSqlite(MinimalApiRedisLimitsOnSqlite host) : RedisRateLimitSpecs(host), IClassFixture<MinimalApiRedisLimitsOnSqlite>;

public sealed class ApiKeyOnSqlite(MinimalApiOnSqlite host) : ApiKeySpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class VersionOnSqlite(MinimalApiOnSqlite host) : VersionSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class HubOnSqlite(MinimalApiOnSqlite host) : HubSpecs(host), IClassFixture<MinimalApiOnSqlite>;

/// <summary>MinimalApi: two instances whose hubs share one Redis, logging at Trace.</summary>
public sealed class MinimalApiLiveRedisOnSqlite() : LiveRedisHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class LiveRedisOnSqlite(MinimalApiLiveRedisOnSqlite host) : LiveRedisSpecs(host), IClassFixture<MinimalApiLiveRedisOnSqlite>;
public sealed class NotificationOnSqlite(MinimalApiOnSqlite host) : NotificationSpecs(host), IClassFixture<MinimalApiOnSqlite>;

/// <summary>MinimalApi without a job server, restarted with one by the spec.</summary>
public sealed class MinimalApiJobsOnSqlite() : JobsHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class JobRestartOnSqlite(MinimalApiJobsOnSqlite host) : JobRestartSpecs(host), IClassFixture<MinimalApiJobsOnSqlite>;
/// <summary>MinimalApi as two instances sharing one Redis for the cache's generation and distributed level.</summary>
public sealed class MinimalApiRedisCacheOnSqlite() : RedisCacheHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class CacheOnSqlite(MinimalApiOnSqlite host) : CacheSpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class RedisCacheOnSqlite(MinimalApiRedisCacheOnSqlite host) : RedisCacheSpecs(host), IClassFixture<MinimalApiRedisCacheOnSqlite>;
