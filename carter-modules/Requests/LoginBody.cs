using Blog.Domain.Rules;
using Blog.Hosting.Json;
using Blog.Hosting.Pipeline;
using CarterModules.Validation;
using FluentValidation;

namespace CarterModules.Requests;

/// <summary>
/// The body of POST /auth/login, parsed like `express.urlencoded()` and `express.json()` side by side on one route:
/// an OAuth2 password-grant form (what Swagger UI's Authorize sends) or a JSON object; any other type is 415.
/// </summary>
public sealed record LoginBody
{
    public string? Username { get; init; }
    public string? Password { get; init; }

    public static async ValueTask<LoginBody> BindAsync(HttpContext context)
    {
        var request = context.Request;
        if (UrlEncodedForm.IsSentWith(request))
        {
            var form = await UrlEncodedForm.ReadAsync(request, context.RequestAborted);
            return new LoginBody { Username = form["username"].FirstOrDefault(), Password = form["password"].FirstOrDefault() };
        }
        if (request.HasJsonContentType())
            return await request.ReadFromJsonAsync<LoginBody>(context.RequestAborted) ?? throw JsonBodyErrors.NotAnObject();
        throw new BadHttpRequestException("No body parser for this Content-Type.", StatusCodes.Status415UnsupportedMediaType);
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
