namespace MvcControllers.Admin.Users;

public sealed record UserFormPage(UserRow User, UserForm Form, int PostCount);
