namespace Blog.Hosting.Conditional;

/// <summary>
/// Endpoint metadata: the write honours <c>If-Match</c> (<see cref="IfMatchCondition"/>) and may answer 412; what the
/// OpenAPI document then says of it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IfMatchAttribute : Attribute;
