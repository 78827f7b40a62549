using Blog.Domain.Errors;
using Blog.Domain.Rules;
using Blog.Hosting.Json;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Auth;

/// <summary>
/// POST /auth/login reads `username` and `password` from an OAuth2 password-grant form (what Swagger UI's Authorize
/// sends) or from a JSON object.
/// </summary>
public sealed record LoginCredentials(string Username, string Password)
{
    public static async Task<LoginCredentials> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? username, password;
        if (IsUrlEncodedForm(request))
        {
            var form = await ReadFormAsync(request, cancellationToken);
            (username, password) = (form["username"].FirstOrDefault(), form["password"].FirstOrDefault());
        }
        else if (request.HasJsonContentType())
        {
            var body = await request.ReadFromJsonAsync<JsonCredentials>(cancellationToken)
                ?? throw JsonBodyErrors.NotAnObject();
            (username, password) = (body.Username, body.Password);
        }
        else
        {
            throw new BadHttpRequestException(
                "Send the credentials as application/x-www-form-urlencoded or application/json.",
                StatusCodes.Status415UnsupportedMediaType);
        }
        new FieldErrors()
            .Add("username", username is null ? FieldRules.Required : FieldRules.NoNul(username))
            .Add("password", password is null ? FieldRules.Required : null)
            .ThrowIfAny();
        return new LoginCredentials(username!, password!);
    }

    // Multipart is a form too, but not one the OAuth2 password grant sends.
    private static bool IsUrlEncodedForm(HttpRequest request) =>
        request.HasFormContentType
        && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>A form past the server's form limits (value count, key or value length) is the client's fault.</summary>
    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
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

    private sealed record JsonCredentials(string? Username, string? Password);
}
