namespace Blog.Hosting.OpenApi;

/// <summary>
/// A query parameter as the wire takes it, for an endpoint that reads its query as text and checks it itself (the
/// shared list parsers): its name, the type of its valid values, and their bounds. The document lists exactly the
/// query parameters an endpoint declares this way.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
public sealed class QueryParameterAttribute(string name, Type type) : Attribute
{
    public string Name => name;

    public Type Type => type;

    public int Minimum { get; init; } = int.MinValue;

    public int Maximum { get; init; } = int.MaxValue;

    /// <summary>What an absent value means.</summary>
    public object? Default { get; init; }
}
