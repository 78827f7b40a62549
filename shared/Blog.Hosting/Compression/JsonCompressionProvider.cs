using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Blog.Hosting.Compression;

/// <summary>The framework's provider (encodings chosen from Accept-Encoding), told which answers to compress.</summary>
public sealed class JsonCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) => JsonCompression.Compressible(context);
}
