namespace MvcControllers.Admin.Users;

/// <summary>The user change form: the two flags an administrator changes (Django's is_active and is_staff).</summary>
public sealed class UserForm
{
    public bool IsActive { get; set; }
    public bool IsStaff { get; set; }
}
