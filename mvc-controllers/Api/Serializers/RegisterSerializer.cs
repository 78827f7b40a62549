using Blog.Hosting.Validation;

namespace MvcControllers.Api.Serializers;

/// <summary>The body of POST /auth/register: a DRF serializer's fields, each with its validators.</summary>
public sealed class RegisterSerializer
{
    [Username] public string? Username { get; init; }
    [Email] public string? Email { get; init; }
    [Password] public string? Password { get; init; }
}
