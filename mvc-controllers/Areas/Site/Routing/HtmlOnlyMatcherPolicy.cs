using Microsoft.AspNetCore.Routing.Matching;

namespace MvcControllers.Areas.Site.Routing;

/// <summary>
/// Makes the endpoints marked <see cref="HtmlOnlyAttribute"/> exist only for requests that accept HTML, before routing
/// weighs the method and the body's type: any other request does not see them at all, so the API answers it as the
/// other hosts do — its 404s, 405s and 415s included — whatever paths the site shares with the API. A route
/// constraint would come too late: routing picks by method and content type first, so a site route on `/posts/{x}`
/// would turn the API's 405 for `POST /posts/1` into a 404.
/// </summary>
public sealed class HtmlOnlyMatcherPolicy : MatcherPolicy, INodeBuilderPolicy
{
    /// <summary>Before the HTTP method's policy (-1000) and the content type's.</summary>
    public override int Order => -2000;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Any(IsHtmlOnly);

    public IReadOnlyList<PolicyNodeEdge> GetEdges(IReadOnlyList<Endpoint> endpoints)
    {
        var forAnyClient = endpoints.Where(endpoint => !IsHtmlOnly(endpoint)).ToList();
        return forAnyClient.Count == 0
            ? [new PolicyNodeEdge(true, endpoints)]
            : [new PolicyNodeEdge(true, endpoints), new PolicyNodeEdge(false, forAnyClient)];
    }

    public PolicyJumpTable BuildJumpTable(int exitDestination, IReadOnlyList<PolicyJumpTableEdge> edges)
    {
        int DestinationOf(bool acceptsHtml) =>
            edges.Where(edge => (bool)edge.State == acceptsHtml).Select(edge => (int?)edge.Destination).SingleOrDefault() ?? exitDestination;
        return new JumpTable(DestinationOf(true), DestinationOf(false));
    }

    private static bool IsHtmlOnly(Endpoint endpoint) => endpoint.Metadata.GetMetadata<HtmlOnlyAttribute>() is not null;

    private sealed class JumpTable(int html, int other) : PolicyJumpTable
    {
        public override int GetDestination(HttpContext httpContext) => HtmlRequests.Accepted(httpContext) ? html : other;
    }
}
