using System.Text.Json;
using Blog.Hosting.Json;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace CarterModules.Http;

/// <summary>
/// Like express.json(): reads a JSON object body with the host's JSON options. Another Content-Type is 415; broken
/// JSON or a body that is not an object is 400, and a field of the wrong JSON type is 422 (both through the shared
/// problems, which understand <see cref="JsonException"/>).
/// </summary>
public static class JsonBody
{
    public static async Task<T> ReadJsonAsync<T>(this HttpRequest request, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
            throw new BadHttpRequestException("Unsupported Content-Type.", StatusCodes.Status415UnsupportedMediaType);
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return await JsonSerializer.DeserializeAsync<T>(request.Body, options, ct)
            ?? throw JsonBodyErrors.NotAnObject();
    }
}
