using Blog.ContractTests.Harness;
using Blog.ContractTests.Specs;
using Xunit;

namespace Blog.Mvc.ContractTests;

/// <summary>mvc-controllers in process on a fresh SQLite file, one for each test class below.</summary>
public sealed class MvcOnSqlite() : BlogHostFixture<Program>(DatabaseKind.Sqlite);

// The whole contract suite against it, one test class per spec class. Each class has a host of its own (its class
// fixture) and is a collection of its own: classes run in parallel, the tests of a class one at a time (xunit.v3's
// defaults).
public sealed class AuthOnSqlite(MvcOnSqlite host) : AuthSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class UserOnSqlite(MvcOnSqlite host) : UserSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class PostCreateOnSqlite(MvcOnSqlite host) : PostCreateSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class PostUpdateOnSqlite(MvcOnSqlite host) : PostUpdateSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class PostVisibilityOnSqlite(MvcOnSqlite host) : PostVisibilitySpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class SlugOnSqlite(MvcOnSqlite host) : SlugSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class TagOnSqlite(MvcOnSqlite host) : TagSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class ListPagingOnSqlite(MvcOnSqlite host) : ListPagingSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class ListFilterOnSqlite(MvcOnSqlite host) : ListFilterSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class CommentOnSqlite(MvcOnSqlite host) : CommentSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class ErrorOnSqlite(MvcOnSqlite host) : ErrorSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class ConcurrencyOnSqlite(MvcOnSqlite host) : ConcurrencySpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class TokenRaceOnSqlite(MvcOnSqlite host) : TokenRaceSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class PostRaceOnSqlite(MvcOnSqlite host) : PostRaceSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class StatementCountOnSqlite(MvcOnSqlite host) : StatementCountSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class HealthAndDocsOnSqlite(MvcOnSqlite host) : HealthAndDocsSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class ObservabilityOnSqlite(MvcOnSqlite host) : ObservabilitySpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class RaceLogOnSqlite(MvcOnSqlite host) : RaceLogSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class ContentTypeOnSqlite(MvcOnSqlite host) : ContentTypeSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class QueryParameterOnSqlite(MvcOnSqlite host) : QueryParameterSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class ConditionalRequestOnSqlite(MvcOnSqlite host) : ConditionalRequestSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class IdempotencyOnSqlite(MvcOnSqlite host) : IdempotencySpecs(host), IClassFixture<MvcOnSqlite>;

/// <summary>Mvc with tight rate limits and an allowed CORS origin, and two instances sharing one Redis.</summary>
public sealed class MvcTightLimitsOnSqlite() : TightLimitsHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class MvcRedisLimitsOnSqlite() : RedisLimitsHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class RateLimitOnSqlite(MvcOnSqlite host) : RateLimitSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class TightRateLimitOnSqlite(MvcTightLimitsOnSqlite host) : TightRateLimitSpecs(host), IClassFixture<MvcTightLimitsOnSqlite>;

public sealed class RedisRateLimitOnSqlite(MvcRedisLimitsOnSqlite host) : RedisRateLimitSpecs(host), IClassFixture<MvcRedisLimitsOnSqlite>;

public sealed class ApiKeyOnSqlite(MvcOnSqlite host) : ApiKeySpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class VersionOnSqlite(MvcOnSqlite host) : VersionSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class HubOnSqlite(MvcOnSqlite host) : HubSpecs(host), IClassFixture<MvcOnSqlite>;

/// <summary>Mvc: two instances whose hubs share one Redis, logging at Trace.</summary>
public sealed class MvcLiveRedisOnSqlite() : LiveRedisHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class LiveRedisOnSqlite(MvcLiveRedisOnSqlite host) : LiveRedisSpecs(host), IClassFixture<MvcLiveRedisOnSqlite>;
public sealed class NotificationOnSqlite(MvcOnSqlite host) : NotificationSpecs(host), IClassFixture<MvcOnSqlite>;

/// <summary>Mvc without a job server, restarted with one by the spec.</summary>
public sealed class MvcJobsOnSqlite() : JobsHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class JobRestartOnSqlite(MvcJobsOnSqlite host) : JobRestartSpecs(host), IClassFixture<MvcJobsOnSqlite>;
/// <summary>Mvc as two instances sharing one Redis for the cache's generation and distributed level.</summary>
public sealed class MvcRedisCacheOnSqlite() : RedisCacheHostFixture<Program>(DatabaseKind.Sqlite);

public sealed class CacheOnSqlite(MvcOnSqlite host) : CacheSpecs(host), IClassFixture<MvcOnSqlite>;

public sealed class RedisCacheOnSqlite(MvcRedisCacheOnSqlite host) : RedisCacheSpecs(host), IClassFixture<MvcRedisCacheOnSqlite>;
