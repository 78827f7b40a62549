using Blog.ContractTests.Harness;
using Blog.ContractTests.Specs;
using Xunit;

namespace Blog.Carter.ContractTests;

/// <summary>carter-modules in process on a fresh SQLite file, one for each test class below.</summary>
public sealed class CarterOnSqlite() : BlogHostFixture<Program>(DatabaseKind.Sqlite);

// The whole contract suite against it, one test class per spec class. Each class has a host of its own (its class
// fixture) and is a collection of its own: classes run in parallel, the tests of a class one at a time (xunit.v3's
// defaults).
public sealed class AuthOnSqlite(CarterOnSqlite host) : AuthSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class UserOnSqlite(CarterOnSqlite host) : UserSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class PostCreateOnSqlite(CarterOnSqlite host) : PostCreateSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class PostUpdateOnSqlite(CarterOnSqlite host) : PostUpdateSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class PostVisibilityOnSqlite(CarterOnSqlite host) : PostVisibilitySpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class SlugOnSqlite(CarterOnSqlite host) : SlugSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class TagOnSqlite(CarterOnSqlite host) : TagSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class ListPagingOnSqlite(CarterOnSqlite host) : ListPagingSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class ListFilterOnSqlite(CarterOnSqlite host) : ListFilterSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class CommentOnSqlite(CarterOnSqlite host) : CommentSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class ErrorOnSqlite(CarterOnSqlite host) : ErrorSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class ConcurrencyOnSqlite(CarterOnSqlite host) : ConcurrencySpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class TokenRaceOnSqlite(CarterOnSqlite host) : TokenRaceSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class PostRaceOnSqlite(CarterOnSqlite host) : PostRaceSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class StatementCountOnSqlite(CarterOnSqlite host) : StatementCountSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class HealthAndDocsOnSqlite(CarterOnSqlite host) : HealthAndDocsSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class ObservabilityOnSqlite(CarterOnSqlite host) : ObservabilitySpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class RaceLogOnSqlite(CarterOnSqlite host) : RaceLogSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class ContentTypeOnSqlite(CarterOnSqlite host) : ContentTypeSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class QueryParameterOnSqlite(CarterOnSqlite host) : QueryParameterSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class ConditionalRequestOnSqlite(CarterOnSqlite host) : ConditionalRequestSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class IdempotencyOnSqlite(CarterOnSqlite host) : IdempotencySpecs(host), IClassFixture<CarterOnSqlite>;

/// <summary>Carter with tight rate limits and an allowed CORS origin, and two instances sharing one Redis.</summary>
public sealed class CarterTightLimitsOnSqlite() : TightLimitsHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class CarterRedisLimitsOnSqlite() : RedisLimitsHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class RateLimitOnSqlite(CarterOnSqlite host) : RateLimitSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class TightRateLimitOnSqlite(CarterTightLimitsOnSqlite host) : TightRateLimitSpecs(host), IClassFixture<CarterTightLimitsOnSqlite>;

public sealed class RedisRateLimitOnSqlite(CarterRedisLimitsOnSqlite host) : RedisRateLimitSpecs(host), IClassFixture<CarterRedisLimitsOnSqlite>;

public sealed class ApiKeyOnSqlite(CarterOnSqlite host) : ApiKeySpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class VersionOnSqlite(CarterOnSqlite host) : VersionSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class HubOnSqlite(CarterOnSqlite host) : HubSpecs(host), IClassFixture<CarterOnSqlite>;

/// <summary>Carter: two instances whose hubs share one Redis, logging at Trace.</summary>
public sealed class CarterLiveRedisOnSqlite() : LiveRedisHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class LiveRedisOnSqlite(CarterLiveRedisOnSqlite host) : LiveRedisSpecs(host), IClassFixture<CarterLiveRedisOnSqlite>;
public sealed class NotificationOnSqlite(CarterOnSqlite host) : NotificationSpecs(host), IClassFixture<CarterOnSqlite>;

/// <summary>Carter without a job server, restarted with one by the spec.</summary>
public sealed class CarterJobsOnSqlite() : JobsHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class JobRestartOnSqlite(CarterJobsOnSqlite host) : JobRestartSpecs(host), IClassFixture<CarterJobsOnSqlite>;
/// <summary>Carter as two instances sharing one Redis for the cache's generation and distributed level.</summary>
public sealed class CarterRedisCacheOnSqlite() : RedisCacheHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class CacheOnSqlite(CarterOnSqlite host) : CacheSpecs(host), IClassFixture<CarterOnSqlite>;

public sealed class RedisCacheOnSqlite(CarterRedisCacheOnSqlite host) : RedisCacheSpecs(host), IClassFixture<CarterRedisCacheOnSqlite>;
