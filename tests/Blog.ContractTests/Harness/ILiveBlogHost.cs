using Microsoft.AspNetCore.TestHost;

namespace Blog.ContractTests.Harness;

/// <summary>An in-process host whose test servers a SignalR client can reach (HubSpecs).</summary>
public interface ILiveBlogHost : IInProcessBlogHost
{
    TestServer Server(int instance);

    HttpClient CreateClient(int instance, params HttpStatusCode[] allowed);
}
