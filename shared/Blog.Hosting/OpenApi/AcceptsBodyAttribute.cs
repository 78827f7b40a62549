using Microsoft.AspNetCore.Http.Metadata;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// The body an action reads itself rather than binds (MVC's counterpart of minimal APIs' <c>.Accepts&lt;T&gt;()</c>), so
/// that the document describes it: its shape and the content types it is read from.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AcceptsBodyAttribute(Type requestType, params string[] contentTypes) : Attribute, IAcceptsMetadata
{
    public IReadOnlyList<string> ContentTypes => contentTypes;

    public Type? RequestType => requestType;

    public bool IsOptional => false;
}
