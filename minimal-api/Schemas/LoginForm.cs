using Blog.Domain.Errors;
using Blog.Domain.Rules;
using Blog.Hosting.Json;
using Blog.Hosting.Pipeline;

namespace MinimalApi.Schemas;

/// <summary>
/// The body of POST /auth/login, like FastAPI's <c>OAuth2PasswordRequestForm = Depends()</c>: the `username` and
/// `password` of an OAuth2 password-grant form (what Swagger UI's Authorize sends) or of a JSON object, bound and
/// checked by <see cref="BindAsync"/> before the handler runs, so the handler receives both.
/// </summary>
public sealed record LoginForm(string Username, string Password)
{
    public static async ValueTask<LoginForm?> BindAsync(HttpContext context)
    {
        var request = context.Request;
        var fields = UrlEncodedForm.IsSentWith(request) ? FieldsOf(await UrlEncodedForm.ReadAsync(request, context.RequestAborted))
            : request.HasJsonContentType() ? await request.ReadFromJsonAsync<Fields>(context.RequestAborted) ?? throw JsonBodyErrors.NotAnObject()
            : throw new BadHttpRequestException("The credentials are a form or JSON.", StatusCodes.Status415UnsupportedMediaType);
        new FieldErrors()
            .Add("username", fields.Username is null ? FieldRules.Required : FieldRules.NoNul(fields.Username))
            .Add("password", fields.Password is null ? FieldRules.Required : null)
            .ThrowIfAny();
        return new LoginForm(fields.Username!, fields.Password!);
    }

    private static Fields FieldsOf(IFormCollection form) => new(form["username"].FirstOrDefault(), form["password"].FirstOrDefault());

    /// <summary>The fields as sent, either of them possibly missing.</summary>
    private sealed record Fields(string? Username, string? Password);
}
