using Blog.Domain.Errors;
using Blog.Domain.Rules;
using Blog.Hosting.Json;

namespace MinimalApi.Schemas;

/// <summary>
/// The body of POST /auth/login, like FastAPI's <c>OAuth2PasswordRequestForm = Depends()</c>: the `username` and
/// `password` of an OAuth2 password-grant form (what Swagger UI's Authorize sends) or of a JSON object, bound by
/// <see cref="BindAsync"/> before the handler runs.
/// </summary>
public sealed record LoginForm(string Username, string Password)
{
    public static async ValueTask<LoginForm?> BindAsync(HttpContext context)
    {
        var request = context.Request;
        var (username, password) = IsUrlEncodedForm(request) ? await ReadFormAsync(request, context.RequestAborted)
            : request.HasJsonContentType() ? await ReadJsonAsync(request, context.RequestAborted)
            : throw new BadHttpRequestException(
                "Send the credentials as application/x-www-form-urlencoded or application/json.",
                StatusCodes.Status415UnsupportedMediaType);
        new FieldErrors()
            .Add("username", username is null ? FieldRules.Required : FieldRules.NoNul(username))
            .Add("password", password is null ? FieldRules.Required : null)
            .ThrowIfAny();
        return new LoginForm(username!, password!);
    }

    // Multipart is a form too, but not one the OAuth2 password grant sends.
    private static bool IsUrlEncodedForm(HttpRequest request) =>
        request.HasFormContentType
        && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>A form past the server's form limits (value count, key or value length) is the client's fault.</summary>
    private static async Task<(string?, string?)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return (form["username"].FirstOrDefault(), form["password"].FirstOrDefault());
        }
        catch (InvalidDataException exception)
        {
            throw new BadRequestError($"The form cannot be read: {exception.Message}");
        }
    }

    private static async Task<(string?, string?)> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await request.ReadFromJsonAsync<JsonCredentials>(cancellationToken) ?? throw JsonBodyErrors.NotAnObject();
        return (body.Username, body.Password);
    }

    private sealed record JsonCredentials(string? Username, string? Password);
}
