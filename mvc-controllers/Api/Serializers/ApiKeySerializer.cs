using System.ComponentModel.DataAnnotations;
using Blog.Domain.ApiKeys;
using Blog.Domain.Rules;

namespace MvcControllers.Api.Serializers;

/// <summary>The API key serializer: the body of POST /users/me/api-keys (its answers are <see cref="ApiKeyRepresentation"/>).</summary>
public sealed class ApiKeySerializer : IValidatableObject
{
    [Required(AllowEmptyStrings = true, ErrorMessage = FieldRules.Required)] public string? Name { get; init; }

    [Required(AllowEmptyStrings = true, ErrorMessage = FieldRules.Required)] public string? Scope { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Name is not null && ApiKeyRules.Name(Name) is { } name) yield return new(name, [nameof(Name)]);
        if (Scope is not null && ApiKeyRules.Scope(Scope) is { } scope) yield return new(scope, [nameof(Scope)]);
        var clock = (TimeProvider?)validationContext.GetService(typeof(TimeProvider))
            ?? throw new InvalidOperationException("Validation runs without the request's services.");
        if (ApiKeyRules.ExpiresAt(ExpiresAt, Timestamps.Now(clock)) is { } expiresAt) yield return new(expiresAt, [nameof(ExpiresAt)]);
    }
}
