using Blog.Domain.Errors;

namespace Blog.Domain.Users;

public static class UserErrors
{
    public static ConflictError Taken() => new("That username or email is already taken.");

    public static NotFoundError NotFound() => new("User not found.");
}
