using Blog.Domain.Errors;
using Blog.Domain.Rules;
using Blog.Hosting.Json;
using CarterModules.Validation;
using FluentValidation;

namespace CarterModules.Requests;

/// <summary>
/// The body of POST /auth/login, bound like `express.urlencoded()` and `express.json()` side by side: an OAuth2
/// password-grant form (what Swagger UI's Authorize sends) or a JSON object. Multipart is a form too, but not one the
/// password grant sends (415).
/// </summary>
public sealed record LoginBody
{
    public string? Username { get; init; }
    public string? Password { get; init; }

    public static async ValueTask<LoginBody> BindAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.HasFormContentType
            && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var form = await ReadFormAsync(request);
            return new LoginBody { Username = form["username"].FirstOrDefault(), Password = form["password"].FirstOrDefault() };
        }
        if (request.HasJsonContentType())
            return await request.ReadFromJsonAsync<LoginBody>(context.RequestAborted) ?? throw JsonBodyErrors.NotAnObject();
        throw new BadHttpRequestException(
            "Send the credentials as application/x-www-form-urlencoded or application/json.",
            StatusCodes.Status415UnsupportedMediaType);
    }

    /// <summary>A form past the server's form limits (value count, key or value length) is the client's fault.</summary>
    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request)
    {
        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException exception)
        {
            throw new BadRequestError($"The form cannot be read: {exception.Message}");
        }
    }

    public sealed class Validator : AbstractValidator<LoginBody>
    {
        public Validator()
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.Username).NotNull().WithMessage(FieldRules.Required).NoNul();
            RuleFor(x => x.Password).NotNull().WithMessage(FieldRules.Required);
        }
    }
}
