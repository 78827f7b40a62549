namespace MvcControllers.Web;

/// <summary>Marks a controller whose pages send <see cref="SecurityHeaders"/> (the admin's get them by path).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SecurityHeadersAttribute : Attribute;
