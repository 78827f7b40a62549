using System.ComponentModel.DataAnnotations;
using Blog.Domain.Rules;

namespace MvcControllers.Api.Serializers;

/// <summary>The body of POST /auth/refresh and POST /auth/logout.</summary>
public sealed class RefreshSerializer
{
    [Required(ErrorMessage = FieldRules.Required)] public string? RefreshToken { get; init; }
}
