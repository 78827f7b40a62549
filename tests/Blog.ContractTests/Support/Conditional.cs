using System.IO.Compression;
using System.Security.Cryptography;

namespace Blog.ContractTests.Support;

/// <summary>Requests with the conditional and idempotency headers, and the contract's ETag of a body.</summary>
public static class Conditional
{
    /// <summary><c>"</c> + the first 32 hex digits of the body's SHA-256 + <c>"</c>.</summary>
    public static string TagOf(byte[] body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";

    public static string ETag(this HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} without an ETag.");

    /// <summary>A header as the host sent it (not re-formatted by the client's parser), its values joined.</summary>
    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    /// <summary>Sends a request with extra headers (null values are left out).</summary>
    public static Task<HttpResponseMessage> SendWithAsync(
        this Api api, HttpMethod method, string path, object? body, string? token, params (string Name, string? Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path)
        {
            Content = body switch
            {
                null => null,
                string json => Api.JsonContent(json),
                _ => Api.JsonContent(Api.Serialize(body)),
            },
        };
        if (token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        foreach (var (name, value) in headers)
        {
            if (value is not null) request.Headers.TryAddWithoutValidation(name, value);
        }

        return api.Http.SendAsync(request);
    }

    public static async Task<byte[]> DecompressedAsync(this HttpResponseMessage response)
    {
        await using var raw = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        await using Stream decoded = response.Content.Headers.ContentEncoding.Single() == "br"
            ? new BrotliStream(raw, CompressionMode.Decompress)
            : new GZipStream(raw, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        await decoded.CopyToAsync(bytes);
        return bytes.ToArray();
    }
}
