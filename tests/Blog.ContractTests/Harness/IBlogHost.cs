using Blog.ContractTests.Counting;
using Blog.Data;

namespace Blog.ContractTests.Harness;

/// <summary>A running blog host as the specs see it: in-process or at a remote base URL.</summary>
public interface IBlogHost
{
    /// <summary>
    /// A client with the base address set, no redirect following and no cookies; it fails the test on any 5xx and on
    /// any answer the host's own OpenAPI document does not describe.
    /// </summary>
    HttpClient CreateClient();

    /// <summary>The SQL statements the host has sent, counted by the fixture; null in remote mode.</summary>
    StatementCounter? Statements { get; }

    /// <summary>What the host logs; null in remote mode.</summary>
    CapturedLogs? Logs { get; }

    /// <summary>True when the suite targets <c>BLOG_BASE_URL</c> instead of an in-process host.</summary>
    bool IsRemote { get; }
}

/// <summary>An in-process host, for the few specs that read its configuration (e.g. the JWT signing key) or its database.</summary>
public interface IInProcessBlogHost : IBlogHost
{
    IServiceProvider Services { get; }

    /// <summary>A context of the fixture's own on the host's database; the caller disposes it.</summary>
    BlogDbContext NewDbContext();
}
