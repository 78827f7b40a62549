using Microsoft.AspNetCore.Authorization;

namespace MvcControllers.Api.Permissions;

/// <summary>The requirement of <see cref="ApiPermissions.IsAuthorOrReadOnly"/>, checked by <see cref="AuthorOrReadOnlyHandler"/>.</summary>
public sealed class AuthorOrReadOnlyRequirement : IAuthorizationRequirement;
