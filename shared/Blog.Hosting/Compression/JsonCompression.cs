using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;

namespace Blog.Hosting.Compression;

/// <summary>
/// The contract's compression: Brotli (preferred) or gzip, as the request's Accept-Encoding allows, for a GET's 200
/// whose JSON body is at least 1 KiB — never for another method, so that no secret of a write is compressed beside
/// text an attacker chose. The length must be known when the answer starts (the tagged answers', which are buffered).
/// </summary>
public static class JsonCompression
{
    public const int MinimumBytes = 1024;

    public static IServiceCollection AddBlogResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Only GET answers are compressed (see above), so HTTPS is no more at risk than plain HTTP.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, JsonCompressionProvider>());
        return services;
    }

    public static IApplicationBuilder UseBlogResponseCompression(this IApplicationBuilder app) => app.UseResponseCompression();

    /// <summary>Whether the answer, as its status and headers now stand, is one the contract compresses.</summary>
    public static bool Compressible(HttpContext context)
    {
        var response = context.Response;
        return HttpMethods.IsGet(context.Request.Method)
            && response.StatusCode == StatusCodes.Status200OK
            && response.ContentLength >= MinimumBytes
            && !response.Headers.ContainsKey(HeaderNames.ContentEncoding)
            && MediaTypeHeaderValue.TryParse(response.ContentType, out var type)
            && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The encoding a compressible answer to this request gets (<c>br</c>, <c>gzip</c>), or null for none.</summary>
    public static string? EncodingFor(HttpContext context) =>
        context.RequestServices.GetRequiredService<IResponseCompressionProvider>() is var provider && provider.CheckRequestAcceptsCompression(context)
            ? provider.GetCompressionProvider(context)?.EncodingName
            : null;
}
