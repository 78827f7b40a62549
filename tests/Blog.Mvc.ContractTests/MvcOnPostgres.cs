using Blog.ContractTests.Harness;
using Blog.ContractTests.Specs;
using Xunit;

namespace Blog.Mvc.ContractTests;

/// <summary>mvc-controllers in process on a fresh PostgreSQL database (TestPostgres), one for each test class below.</summary>
public sealed class MvcOnPostgres() : BlogHostFixture<Program>(DatabaseKind.Postgres);

// The whole contract suite against it, one test class per spec class. Each class has a host of its own (its class
// fixture) and is a collection of its own: classes run in parallel, the tests of a class one at a time (xunit.v3's
// defaults).
public sealed class AuthOnPostgres(MvcOnPostgres host) : AuthSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class UserOnPostgres(MvcOnPostgres host) : UserSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class PostCreateOnPostgres(MvcOnPostgres host) : PostCreateSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class PostUpdateOnPostgres(MvcOnPostgres host) : PostUpdateSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class PostVisibilityOnPostgres(MvcOnPostgres host) : PostVisibilitySpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class SlugOnPostgres(MvcOnPostgres host) : SlugSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class TagOnPostgres(MvcOnPostgres host) : TagSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class ListPagingOnPostgres(MvcOnPostgres host) : ListPagingSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class ListFilterOnPostgres(MvcOnPostgres host) : ListFilterSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class CommentOnPostgres(MvcOnPostgres host) : CommentSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class ErrorOnPostgres(MvcOnPostgres host) : ErrorSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class ConcurrencyOnPostgres(MvcOnPostgres host) : ConcurrencySpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class TokenRaceOnPostgres(MvcOnPostgres host) : TokenRaceSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class PostRaceOnPostgres(MvcOnPostgres host) : PostRaceSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class StatementCountOnPostgres(MvcOnPostgres host) : StatementCountSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class HealthAndDocsOnPostgres(MvcOnPostgres host) : HealthAndDocsSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class ObservabilityOnPostgres(MvcOnPostgres host) : ObservabilitySpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class RaceLogOnPostgres(MvcOnPostgres host) : RaceLogSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class ContentTypeOnPostgres(MvcOnPostgres host) : ContentTypeSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class QueryParameterOnPostgres(MvcOnPostgres host) : QueryParameterSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class ConditionalRequestOnPostgres(MvcOnPostgres host) : ConditionalRequestSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class IdempotencyOnPostgres(MvcOnPostgres host) : IdempotencySpecs(host), IClassFixture<MvcOnPostgres>;

/// <summary>Mvc with tight rate limits and an allowed CORS origin, and two instances sharing one Redis.</summary>
public sealed class MvcTightLimitsOnPostgres() : TightLimitsHostFixture<Program>(DatabaseKind.Postgres);

public sealed class MvcRedisLimitsOnPostgres() : RedisLimitsHostFixture<Program>(DatabaseKind.Postgres);

public sealed class RateLimitOnPostgres(MvcOnPostgres host) : RateLimitSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class TightRateLimitOnPostgres(MvcTightLimitsOnPostgres host) : TightRateLimitSpecs(host), IClassFixture<MvcTightLimitsOnPostgres>;

public sealed class RedisRateLimitOnPostgres(MvcRedisLimitsOnPostgres host) : RedisRateLimitSpecs(host), IClassFixture<MvcRedisLimitsOnPostgres>;

public sealed class ApiKeyOnPostgres(MvcOnPostgres host) : ApiKeySpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class VersionOnPostgres(MvcOnPostgres host) : VersionSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class HubOnPostgres(MvcOnPostgres host) : HubSpecs(host), IClassFixture<MvcOnPostgres>;

/// <summary>Mvc: two instances whose hubs share one Redis, logging at Trace.</summary>
public sealed class MvcLiveRedisOnPostgres() : LiveRedisHostFixture<Program>(DatabaseKind.Postgres);

public sealed class LiveRedisOnPostgres(MvcLiveRedisOnPostgres host) : LiveRedisSpecs(host), IClassFixture<MvcLiveRedisOnPostgres>;
public sealed class NotificationOnPostgres(MvcOnPostgres host) : NotificationSpecs(host), IClassFixture<MvcOnPostgres>;

/// <summary>Mvc without a job server, restarted with one by the spec.</summary>
public sealed class MvcJobsOnPostgres() : JobsHostFixture<Program>(DatabaseKind.Postgres);

public sealed class JobRestartOnPostgres(MvcJobsOnPostgres host) : JobRestartSpecs(host), IClassFixture<MvcJobsOnPostgres>;
/// <summary>Mvc as two instances sharing one Redis for the cache's generation and distributed level.</summary>
public sealed class MvcRedisCacheOnPostgres() : RedisCacheHostFixture<Program>(DatabaseKind.Postgres);

public sealed class CacheOnPostgres(MvcOnPostgres host) : CacheSpecs(host), IClassFixture<MvcOnPostgres>;

public sealed class RedisCacheOnPostgres(MvcRedisCacheOnPostgres host) : RedisCacheSpecs(host), IClassFixture<MvcRedisCacheOnPostgres>;
