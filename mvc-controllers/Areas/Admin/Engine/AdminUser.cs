namespace MvcControllers.Areas.Admin.Engine;

/// <summary>The staff user of an admin request, as the permission checks ask about them.</summary>
public sealed record AdminUser(int Id, string Username, bool IsSuperuser);
