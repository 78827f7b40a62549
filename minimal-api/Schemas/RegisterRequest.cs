using Blog.Hosting.Validation;

namespace MinimalApi.Schemas;

/// <summary>The body of POST /auth/register, validated like a Pydantic model before the handler runs.</summary>
public sealed record RegisterRequest
{
    [Username] public string? Username { get; init; }
    [Email] public string? Email { get; init; }
    [Password] public string? Password { get; init; }
}
