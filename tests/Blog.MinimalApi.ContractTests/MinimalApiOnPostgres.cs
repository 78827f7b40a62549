using Blog.ContractTests.Harness;
using Blog.ContractTests.Specs;
using Xunit;

namespace Blog.MinimalApi.ContractTests;

/// <summary>minimal-api in process on a fresh PostgreSQL database (TestPostgres), one for each test class below.</summary>
public sealed class MinimalApiOnPostgres() : BlogHostFixture<Program>(DatabaseKind.Postgres);

// The whole contract suite against it, one test class per spec class. Each class has a host of its own (its class
// fixture) and is a collection of its own: classes run in parallel, the tests of a class one at a time (xunit.v3's
// defaults).
public sealed class AuthOnPostgres(MinimalApiOnPostgres host) : AuthSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class UserOnPostgres(MinimalApiOnPostgres host) : UserSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class PostCreateOnPostgres(MinimalApiOnPostgres host) : PostCreateSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class PostUpdateOnPostgres(MinimalApiOnPostgres host) : PostUpdateSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class PostVisibilityOnPostgres(MinimalApiOnPostgres host) : PostVisibilitySpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class SlugOnPostgres(MinimalApiOnPostgres host) : SlugSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class TagOnPostgres(MinimalApiOnPostgres host) : TagSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class ListPagingOnPostgres(MinimalApiOnPostgres host) : ListPagingSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class ListFilterOnPostgres(MinimalApiOnPostgres host) : ListFilterSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class CommentOnPostgres(MinimalApiOnPostgres host) : CommentSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class ErrorOnPostgres(MinimalApiOnPostgres host) : ErrorSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class ConcurrencyOnPostgres(MinimalApiOnPostgres host) : ConcurrencySpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class TokenRaceOnPostgres(MinimalApiOnPostgres host) : TokenRaceSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class PostRaceOnPostgres(MinimalApiOnPostgres host) : PostRaceSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class StatementCountOnPostgres(MinimalApiOnPostgres host) : StatementCountSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class HealthAndDocsOnPostgres(MinimalApiOnPostgres host) : HealthAndDocsSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class ObservabilityOnPostgres(MinimalApiOnPostgres host) : ObservabilitySpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class RaceLogOnPostgres(MinimalApiOnPostgres host) : RaceLogSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class ContentTypeOnPostgres(MinimalApiOnPostgres host) : ContentTypeSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class QueryParameterOnPostgres(MinimalApiOnPostgres host) : QueryParameterSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class ConditionalRequestOnPostgres(MinimalApiOnPostgres host) : ConditionalRequestSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class IdempotencyOnPostgres(MinimalApiOnPostgres host) : IdempotencySpecs(host), IClassFixture<MinimalApiOnPostgres>;

/// <summary>MinimalApi with tight rate limits and an allowed CORS origin, and two instances sharing one Redis.</summary>
public sealed class MinimalApiTightLimitsOnPostgres() : TightLimitsHostFixture<Program>(DatabaseKind.Postgres);

public sealed class MinimalApiRedisLimitsOnPostgres() : RedisLimitsHostFixture<Program>(DatabaseKind.Postgres);

public sealed class RateLimitOnPostgres(MinimalApiOnPostgres host) : RateLimitSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class TightRateLimitOnPostgres(MinimalApiTightLimitsOnPostgres host) : TightRateLimitSpecs(host), IClassFixture<MinimalApiTightLimitsOnPostgres>;

public sealed class RedisRateLimitOnPostgres(MinimalApiRedisLimitsOnPostgres host) : RedisRateLimitSpecs(host), IClassFixture<MinimalApiRedisLimitsOnPostgres>;

public sealed class ApiKeyOnPostgres(MinimalApiOnPostgres host) : ApiKeySpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class VersionOnPostgres(MinimalApiOnPostgres host) : VersionSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class HubOnPostgres(MinimalApiOnPostgres host) : HubSpecs(host), IClassFixture<MinimalApiOnPostgres>;

/// <summary>MinimalApi: two instances whose hubs share one Redis, logging at Trace.</summary>
public sealed class MinimalApiLiveRedisOnPostgres() : LiveRedisHostFixture<Program>(DatabaseKind.Postgres);

public sealed class LiveRedisOnPostgres(MinimalApiLiveRedisOnPostgres host) : LiveRedisSpecs(host), IClassFixture<MinimalApiLiveRedisOnPostgres>;
public sealed class NotificationOnPostgres(MinimalApiOnPostgres host) : NotificationSpecs(host), IClassFixture<MinimalApiOnPostgres>;

/// <summary>MinimalApi without a job server, restarted with one by the spec.</summary>
public sealed class MinimalApiJobsOnPostgres() : JobsHostFixture<Program>(DatabaseKind.Postgres);

public sealed class JobRestartOnPostgres(MinimalApiJobsOnPostgres host) : JobRestartSpecs(host), IClassFixture<MinimalApiJobsOnPostgres>;
/// <summary>MinimalApi as two instances sharing one Redis for the cache's generation and distributed level.</summary>
public sealed class MinimalApiRedisCacheOnPostgres() : RedisCacheHostFixture<Program>(DatabaseKind.Postgres);

public sealed class CacheOnPostgres(MinimalApiOnPostgres host) : CacheSpecs(host), IClassFixture<MinimalApiOnPostgres>;

public sealed class RedisCacheOnPostgres(MinimalApiRedisCacheOnPostgres host) : RedisCacheSpecs(host), IClassFixture<MinimalApiRedisCacheOnPostgres>;
