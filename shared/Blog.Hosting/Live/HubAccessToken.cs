using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Blog.Hosting.Live;

/// <summary>
/// The access token as SignalR's browser clients send it over WebSockets and Server-Sent Events, which cannot carry
/// headers: the <c>access_token</c> query parameter, honoured on the hub's paths only (anywhere else a token in a
/// URL is ignored). The request log writes no query string, and <see cref="LiveServices"/> keeps ASP.NET Core's
/// request-starting lines (which would) out of every log.
/// </summary>
public static class HubAccessToken
{
    public const string QueryKey = "access_token";

    public static bool IsHubRequest(HttpRequest request) => request.Path.StartsWithSegments(PostsHub.Path);

    /// <summary>Whether a hub request names a query token (valid or not).</summary>
    public static bool Sent(HttpRequest request) => IsHubRequest(request) && request.Query.ContainsKey(QueryKey);

    /// <summary>The query token of a hub request that has one header-less value; null otherwise (then nothing authenticates it).</summary>
    public static string? Of(HttpRequest request) =>
        IsHubRequest(request) && request.Headers.Authorization == StringValues.Empty
            && request.Query[QueryKey] is [{ Length: > 0 } token] ? token : null;
}
