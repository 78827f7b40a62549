using Blog.Domain.Errors;

namespace Blog.Domain.ApiKeys;

public static class ApiKeyErrors
{
    public static ConflictError TooMany() => new($"A user has at most {ApiKeyRules.MaxPerUser} API keys.");

    public static NotFoundError NotFound() => new("API key not found.");
}
