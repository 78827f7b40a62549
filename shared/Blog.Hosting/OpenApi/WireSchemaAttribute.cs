namespace Blog.Hosting.OpenApi;

/// <summary>
/// The name a host's own request or response type has in the OpenAPI document, so that three hosts whose types are
/// named after their own idioms (<c>PostPublic</c>, <c>PostResponse</c>, <c>PostSerializer</c>) still publish one
/// document. A type without it is named after itself; a <c>Page&lt;T&gt;</c> is <c>PageOf</c> and its item's name.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum)]
public sealed class WireSchemaAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
