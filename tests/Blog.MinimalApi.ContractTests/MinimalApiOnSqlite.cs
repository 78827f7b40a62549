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

public sealed class ApiKeyOnSqlite(MinimalApiOnSqlite host) : ApiKeySpecs(host), IClassFixture<MinimalApiOnSqlite>;

public sealed class VersionOnSqlite(MinimalApiOnSqlite host) : VersionSpecs(host), IClassFixture<MinimalApiOnSqlite>;
