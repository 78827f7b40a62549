using System.Net;
using Blog.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace Blog.Hosting.Pipeline;

/// <summary>
/// The client's address, scheme and path prefix as the reverse proxy saw them (X-Forwarded-For, -Proto, -Prefix),
/// honoured only when the connection comes from a trusted proxy: `ForwardedHeaders:KnownProxies` (addresses) and
/// `ForwardedHeaders:KnownNetworks` (CIDR ranges), each a list or one comma-separated value. With neither configured
/// the framework's default stays, loopback only (a proxy on the same machine, or in the same container); configuring
/// either replaces it, so a proxy on another address is trusted and loopback no longer is.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";
    public const string KnownNetworksKey = "ForwardedHeaders:KnownNetworks";

    /// <summary>First in every pipeline, so that logs, problems and links all see the client's view of the request.</summary>
    public static IApplicationBuilder UseBlogForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        app.UseForwardedHeaders(Options(configuration));
        return app.UseForwardedPrefixInLocation();
    }

    private static ForwardedHeadersOptions Options(IConfiguration configuration)
    {
        var proxies = Values(configuration, KnownProxiesKey).Select(value => IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidSettingException($"{KnownProxiesKey} has '{value}'; each entry must be an IP address, e.g. 172.30.0.10.")).ToList();
        var networks = Values(configuration, KnownNetworksKey).Select(value => System.Net.IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidSettingException($"{KnownNetworksKey} has '{value}'; each entry must be a CIDR range, e.g. 172.30.0.0/24.")).ToList();

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedPrefix,
        };
        if (proxies.Count + networks.Count == 0) return options;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
        foreach (var network in networks) options.KnownIPNetworks.Add(network);
        return options;
    }

    /// <summary>A list (`Key:0`, `Key:1`, …, as appsettings.json arrays give) or one comma-separated value (as an environment variable gives).</summary>
    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { } single ? single.Split(',') : section.GetChildren().Select(child => child.Value ?? "");
        return values.Select(value => value.Trim()).Where(value => value.Length > 0);
    }
}
