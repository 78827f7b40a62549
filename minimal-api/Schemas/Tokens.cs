using System.ComponentModel.DataAnnotations;
using Blog.Domain.Rules;

namespace MinimalApi.Schemas;

/// <summary>The body of POST /auth/refresh and POST /auth/logout; an empty token is refused like a missing one.</summary>
public sealed record TokenRefresh([Required(ErrorMessage = FieldRules.Required)] string RefreshToken);
