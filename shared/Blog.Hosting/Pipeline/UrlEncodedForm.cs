using Blog.Domain.Errors;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Pipeline;

/// <summary>
/// The one form the API reads: <c>application/x-www-form-urlencoded</c>, the OAuth2 password grant's (what Swagger
/// UI's Authorize sends to POST /auth/login). Multipart is a form too, but not this one: it is 415 like any other type.
/// </summary>
public static class UrlEncodedForm
{
    public const string ContentType = "application/x-www-form-urlencoded";

    public static bool IsSentWith(HttpRequest request) =>
        request.HasFormContentType && request.ContentType!.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase);

    /// <summary>The form's fields; a form past the server's form limits (value count, key or value length) is 400.</summary>
    public static async Task<IFormCollection> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            throw new BadRequestError($"The form cannot be read: {exception.Message}");
        }
    }
}
