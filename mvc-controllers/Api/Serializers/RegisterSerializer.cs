using System.ComponentModel.DataAnnotations;
using Blog.Domain.Rules;

namespace MvcControllers.Api.Serializers;

/// <summary>The body of POST /auth/register; the account it creates is a <see cref="PrivateUserRepresentation"/>.</summary>
public sealed class RegisterSerializer : IValidatableObject
{
    [Required(AllowEmptyStrings = true, ErrorMessage = FieldRules.Required)] public string? Username { get; init; }
    [Required(AllowEmptyStrings = true, ErrorMessage = FieldRules.Required)] public string? Email { get; init; }
    [Required(AllowEmptyStrings = true, ErrorMessage = FieldRules.Required)] public string? Password { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Username is not null && FieldRules.Username(Username) is { } username) yield return new(username, [nameof(Username)]);
        if (Email is not null && FieldRules.Email(Email) is { } email) yield return new(email, [nameof(Email)]);
        if (Password is not null && FieldRules.Password(Password) is { } password) yield return new(password, [nameof(Password)]);
    }
}
