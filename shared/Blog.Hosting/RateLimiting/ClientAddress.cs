using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.RateLimiting;

public static class ClientAddress
{
    /// <summary>
    /// The connection's address, which the forwarded-headers middleware has already replaced by the one a trusted
    /// proxy names in X-Forwarded-For (and only then); IPv4 in its own form, however the socket saw it.
    /// </summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        var address => address.ToString(),
    };
}
