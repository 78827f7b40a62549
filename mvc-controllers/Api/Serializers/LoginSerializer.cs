using System.ComponentModel.DataAnnotations;
using Blog.Domain.Rules;

namespace MvcControllers.Api.Serializers;

/// <summary>
/// The body of POST /auth/login, the OAuth2 password grant's two fields, parsed from a form
/// (<see cref="Parsers.FormParser"/>) or from JSON. An empty value is a wrong password, not a missing field.
/// </summary>
public sealed class LoginSerializer : IValidatableObject
{
    [Required(AllowEmptyStrings = true, ErrorMessage = FieldRules.Required)] public string? Username { get; init; }
    [Required(AllowEmptyStrings = true, ErrorMessage = FieldRules.Required)] public string? Password { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Username is not null && FieldRules.NoNul(Username) is { } username) yield return new(username, [nameof(Username)]);
    }
}
