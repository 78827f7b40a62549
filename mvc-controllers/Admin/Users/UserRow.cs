namespace MvcControllers.Admin.Users;

public sealed record UserRow(int Id, string Username, string Email, bool IsStaff, bool IsActive, DateTime CreatedAt);
