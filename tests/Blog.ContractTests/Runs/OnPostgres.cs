using Blog.ContractTests.Specs;
using Xunit;

namespace Blog.ContractTests.Runs;

// The whole contract suite against the host this runner references on Postgres: one line per spec class.
public sealed class AuthOnPostgres(PostgresHost host) : AuthSpecs(host), IClassFixture<PostgresHost>;

public sealed class UserOnPostgres(PostgresHost host) : UserSpecs(host), IClassFixture<PostgresHost>;

public sealed class PostCreateOnPostgres(PostgresHost host) : PostCreateSpecs(host), IClassFixture<PostgresHost>;

public sealed class PostUpdateOnPostgres(PostgresHost host) : PostUpdateSpecs(host), IClassFixture<PostgresHost>;

public sealed class PostVisibilityOnPostgres(PostgresHost host) : PostVisibilitySpecs(host), IClassFixture<PostgresHost>;

public sealed class SlugOnPostgres(PostgresHost host) : SlugSpecs(host), IClassFixture<PostgresHost>;

public sealed class TagOnPostgres(PostgresHost host) : TagSpecs(host), IClassFixture<PostgresHost>;

public sealed class ListPagingOnPostgres(PostgresHost host) : ListPagingSpecs(host), IClassFixture<PostgresHost>;

public sealed class ListFilterOnPostgres(PostgresHost host) : ListFilterSpecs(host), IClassFixture<PostgresHost>;

public sealed class CommentOnPostgres(PostgresHost host) : CommentSpecs(host), IClassFixture<PostgresHost>;

public sealed class ErrorOnPostgres(PostgresHost host) : ErrorSpecs(host), IClassFixture<PostgresHost>;

public sealed class ConcurrencyOnPostgres(PostgresHost host) : ConcurrencySpecs(host), IClassFixture<PostgresHost>;

public sealed class TokenRaceOnPostgres(PostgresHost host) : TokenRaceSpecs(host), IClassFixture<PostgresHost>;

public sealed class PostRaceOnPostgres(PostgresHost host) : PostRaceSpecs(host), IClassFixture<PostgresHost>;

public sealed class StatementCountOnPostgres(PostgresHost host) : StatementCountSpecs(host), IClassFixture<PostgresHost>;

public sealed class HealthAndDocsOnPostgres(PostgresHost host) : HealthAndDocsSpecs(host), IClassFixture<PostgresHost>;

public sealed class RaceLogOnPostgres(PostgresHost host) : RaceLogSpecs(host), IClassFixture<PostgresHost>;

public sealed class QueryParameterOnPostgres(PostgresHost host) : QueryParameterSpecs(host), IClassFixture<PostgresHost>;

public sealed class ContentTypeOnPostgres(PostgresHost host) : ContentTypeSpecs(host), IClassFixture<PostgresHost>;
