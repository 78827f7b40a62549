using Blog.ContractTests.Specs;
using Xunit;

namespace Blog.ContractTests.Runs;

// The whole contract suite against the host this runner references on Sqlite: one line per spec class.
public sealed class AuthOnSqlite(SqliteHost host) : AuthSpecs(host), IClassFixture<SqliteHost>;

public sealed class UserOnSqlite(SqliteHost host) : UserSpecs(host), IClassFixture<SqliteHost>;

public sealed class PostCreateOnSqlite(SqliteHost host) : PostCreateSpecs(host), IClassFixture<SqliteHost>;

public sealed class PostUpdateOnSqlite(SqliteHost host) : PostUpdateSpecs(host), IClassFixture<SqliteHost>;

public sealed class PostVisibilityOnSqlite(SqliteHost host) : PostVisibilitySpecs(host), IClassFixture<SqliteHost>;

public sealed class SlugOnSqlite(SqliteHost host) : SlugSpecs(host), IClassFixture<SqliteHost>;

public sealed class TagOnSqlite(SqliteHost host) : TagSpecs(host), IClassFixture<SqliteHost>;

public sealed class ListPagingOnSqlite(SqliteHost host) : ListPagingSpecs(host), IClassFixture<SqliteHost>;

public sealed class ListFilterOnSqlite(SqliteHost host) : ListFilterSpecs(host), IClassFixture<SqliteHost>;

public sealed class CommentOnSqlite(SqliteHost host) : CommentSpecs(host), IClassFixture<SqliteHost>;

public sealed class ErrorOnSqlite(SqliteHost host) : ErrorSpecs(host), IClassFixture<SqliteHost>;

public sealed class ConcurrencyOnSqlite(SqliteHost host) : ConcurrencySpecs(host), IClassFixture<SqliteHost>;

public sealed class TokenRaceOnSqlite(SqliteHost host) : TokenRaceSpecs(host), IClassFixture<SqliteHost>;

public sealed class PostRaceOnSqlite(SqliteHost host) : PostRaceSpecs(host), IClassFixture<SqliteHost>;

public sealed class StatementCountOnSqlite(SqliteHost host) : StatementCountSpecs(host), IClassFixture<SqliteHost>;

public sealed class HealthAndDocsOnSqlite(SqliteHost host) : HealthAndDocsSpecs(host), IClassFixture<SqliteHost>;

public sealed class RaceLogOnSqlite(SqliteHost host) : RaceLogSpecs(host), IClassFixture<SqliteHost>;

public sealed class QueryParameterOnSqlite(SqliteHost host) : QueryParameterSpecs(host), IClassFixture<SqliteHost>;

public sealed class ContentTypeOnSqlite(SqliteHost host) : ContentTypeSpecs(host), IClassFixture<SqliteHost>;
