using System.IO.Compression;
using System.Text;

namespace Blog.ContractTests.Harness;

/// <summary>
/// Sits in every client the suite makes: an answer the host's own OpenAPI document does not describe — an
/// undocumented operation or status, a missing required header, another content type, a body that breaks the
/// schema — fails the test that caused it.
/// </summary>
public sealed class DocumentedResponses(Func<Task<DocumentedApi>> document) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var body = await DecodedBodyAsync(response, cancellationToken);
        if ((await document()).Mismatch(response, body) is { } mismatch)
        {
            Assert.Fail($"{request.Method} {request.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}, which its OpenAPI document does not describe: {mismatch}");
        }

        return response;
    }

    /// <summary>The body as text, decompressed when it came compressed (the response keeps its bytes as sent).</summary>
    private static async Task<string> DecodedBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        if (encoding is null) return await response.Content.ReadAsStringAsync(cancellationToken);
        await using var raw = new MemoryStream(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        await using Stream decoded = encoding switch
        {
            "br" => new BrotliStream(raw, CompressionMode.Decompress),
            "gzip" => new GZipStream(raw, CompressionMode.Decompress),
            _ => throw new InvalidOperationException($"The host answered with the unexpected Content-Encoding '{encoding}'."),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
