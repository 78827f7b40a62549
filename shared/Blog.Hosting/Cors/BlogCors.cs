using Blog.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Blog.Hosting.Cors;

/// <summary>
/// The API's CORS policy, ASP.NET Core's CORS middleware with one default policy: the origins of
/// `Cors:AllowedOrigins` (a list, or one comma-separated value; none by default), the methods and request headers the
/// API understands, the response headers a browser app needs to read, no credentials mode (the API's credentials
/// are headers, not cookies). A preflight to any path is answered 204 — with the Allow-* headers only for an
/// allowed origin — before routing, authentication or rate limits see it.
/// </summary>
public static class BlogCors
{
    public const string AllowedOriginsKey = "Cors:AllowedOrigins";

    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    private static readonly string[] RequestHeaders =
        ["Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key", "api-version"];

    private static readonly string[] ExposedHeaders =
    [
        "ETag", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
        "api-supported-versions", "Idempotent-Replayed",
    ];

    public static IServiceCollection AddBlogCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = Origins(configuration);
        return services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(Methods)
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
    }

    /// <summary>
    /// First in the chain, so that every answer — errors of the middleware after it included — carries the policy's
    /// headers. `Vary: Origin` on every answer to a request with an Origin (the framework adds it only when several
    /// origins are configured), so that a shared cache never hands one origin's answer to another.
    /// </summary>
    public static IApplicationBuilder UseBlogCors(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Headers.Origin.Count > 0)
            {
                context.Response.OnStarting(() =>
                {
                    var vary = context.Response.Headers.Vary;
                    if (!vary.Any(value => value?.Split(',').Any(v => v.Trim().Equals(HeaderNames.Origin, StringComparison.OrdinalIgnoreCase)) == true))
                        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
        return app.UseCors();
    }

    private static string[] Origins(IConfiguration configuration)
    {
        var section = configuration.GetSection(AllowedOriginsKey);
        var values = section.Value is { } single ? single.Split(',') : section.GetChildren().Select(child => child.Value ?? "");
        return values.Select(value => value.Trim()).Where(value => value.Length > 0).Select(value =>
            Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.PathAndQuery == "/"
                && !value.EndsWith('/')
                ? value
                : throw new InvalidSettingException(
                    $"{AllowedOriginsKey} has '{value}'; each entry must be an origin: http or https, a host, an optional port, no path (e.g. https://app.example).")).ToArray();
    }
}
