namespace MvcControllers.Areas.Site.Routing;

/// <summary>Marks a controller whose endpoints exist only for requests that accept HTML (<see cref="HtmlOnlyMatcherPolicy"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class HtmlOnlyAttribute : Attribute;
