using Blog.ContractTests.Harness;
using Blog.ContractTests.Specs;
using Xunit;

namespace Blog.Carter.ContractTests;

/// <summary>carter-modules in process on a fresh PostgreSQL database (TestPostgres), one for each test class below.</summary>
public sealed class CarterOnPostgres() : BlogHostFixture<Program>(DatabaseKind.Postgres);

// The whole contract suite against it, one test class per spec class. Each class has a host of its own (its class
// fixture) and is a collection of its own: classes run in parallel, the tests of a class one at a time (xunit.v3's
// defaults).
public sealed class AuthOnPostgres(CarterOnPostgres host) : AuthSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class UserOnPostgres(CarterOnPostgres host) : UserSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class PostCreateOnPostgres(CarterOnPostgres host) : PostCreateSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class PostUpdateOnPostgres(CarterOnPostgres host) : PostUpdateSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class PostVisibilityOnPostgres(CarterOnPostgres host) : PostVisibilitySpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class SlugOnPostgres(CarterOnPostgres host) : SlugSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class TagOnPostgres(CarterOnPostgres host) : TagSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class ListPagingOnPostgres(CarterOnPostgres host) : ListPagingSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class ListFilterOnPostgres(CarterOnPostgres host) : ListFilterSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class CommentOnPostgres(CarterOnPostgres host) : CommentSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class ErrorOnPostgres(CarterOnPostgres host) : ErrorSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class ConcurrencyOnPostgres(CarterOnPostgres host) : ConcurrencySpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class TokenRaceOnPostgres(CarterOnPostgres host) : TokenRaceSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class PostRaceOnPostgres(CarterOnPostgres host) : PostRaceSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class StatementCountOnPostgres(CarterOnPostgres host) : StatementCountSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class HealthAndDocsOnPostgres(CarterOnPostgres host) : HealthAndDocsSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class ObservabilityOnPostgres(CarterOnPostgres host) : ObservabilitySpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class RaceLogOnPostgres(CarterOnPostgres host) : RaceLogSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class ContentTypeOnPostgres(CarterOnPostgres host) : ContentTypeSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class QueryParameterOnPostgres(CarterOnPostgres host) : QueryParameterSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class ConditionalRequestOnPostgres(CarterOnPostgres host) : ConditionalRequestSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class IdempotencyOnPostgres(CarterOnPostgres host) : IdempotencySpecs(host), IClassFixture<CarterOnPostgres>;

/// <summary>Carter with tight rate limits and an allowed CORS origin, and two instances sharing one Redis.</summary>
public sealed class CarterTightLimitsOnPostgres() : TightLimitsHostFixture<Program>(DatabaseKind.Postgres);

public sealed class CarterRedisLimitsOnPostgres() : RedisLimitsHostFixture<Program>(DatabaseKind.Postgres);

public sealed class RateLimitOnPostgres(CarterOnPostgres host) : RateLimitSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class TightRateLimitOnPostgres(CarterTightLimitsOnPostgres host) : TightRateLimitSpecs(host), IClassFixture<CarterTightLimitsOnPostgres>;

public sealed class RedisRateLimitOnPostgres(CarterRedisLimitsOnPostgres host) : RedisRateLimitSpecs(host), IClassFixture<CarterRedisLimitsOnPostgres>;

public sealed class ApiKeyOnPostgres(CarterOnPostgres host) : ApiKeySpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class VersionOnPostgres(CarterOnPostgres host) : VersionSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class HubOnPostgres(CarterOnPostgres host) : HubSpecs(host), IClassFixture<CarterOnPostgres>;

/// <summary>Carter: two instances whose hubs share one Redis, logging at Trace.</summary>
public sealed class CarterLiveRedisOnPostgres() : LiveRedisHostFixture<Program>(DatabaseKind.Postgres);

public sealed class LiveRedisOnPostgres(CarterLiveRedisOnPostgres host) : LiveRedisSpecs(host), IClassFixture<CarterLiveRedisOnPostgres>;
public sealed class NotificationOnPostgres(CarterOnPostgres host) : NotificationSpecs(host), IClassFixture<CarterOnPostgres>;

/// <summary>Carter without a job server, restarted with one by the spec.</summary>
public sealed class CarterJobsOnPostgres() : JobsHostFixture<Program>(DatabaseKind.Postgres);

public sealed class JobRestartOnPostgres(CarterJobsOnPostgres host) : JobRestartSpecs(host), IClassFixture<CarterJobsOnPostgres>;
/// <summary>Carter as two instances sharing one Redis for the cache's generation and distributed level.</summary>
public sealed class CarterRedisCacheOnPostgres() : RedisCacheHostFixture<Program>(DatabaseKind.Postgres);

public sealed class CacheOnPostgres(CarterOnPostgres host) : CacheSpecs(host), IClassFixture<CarterOnPostgres>;

public sealed class RedisCacheOnPostgres(CarterRedisCacheOnPostgres host) : RedisCacheSpecs(host), IClassFixture<CarterRedisCacheOnPostgres>;
