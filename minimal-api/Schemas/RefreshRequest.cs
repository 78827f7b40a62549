using System.ComponentModel.DataAnnotations;
using Blog.Domain.Rules;

namespace MinimalApi.Schemas;

/// <summary>The body of POST /auth/refresh and POST /auth/logout.</summary>
public sealed record RefreshRequest
{
    [Required(ErrorMessage = FieldRules.Required)] public string? RefreshToken { get; init; }
}
