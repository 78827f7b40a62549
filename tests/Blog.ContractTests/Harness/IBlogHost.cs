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

    /// <summary>The host's SQL statement counter; null in remote mode.</summary>
    SqlStatementCounter? Statements { get; }

    /// <summary>What the host logs; null in remote mode.</summary>
    CapturedLogs? Logs { get; }

    /// <summary>True when the suite targets <c>BLOG_BASE_URL</c> instead of an in-process host.</summary>
    bool IsRemote { get; }
}

/// <summary>An in-process host, for the few specs that read the host's configuration (e.g. the JWT signing key).</summary>
public interface IInProcessBlogHost : IBlogHost
{
    IServiceProvider Services { get; }
}
