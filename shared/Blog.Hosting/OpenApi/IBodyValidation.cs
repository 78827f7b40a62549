namespace Blog.Hosting.OpenApi;

/// <summary>
/// A host's own validation of request bodies, asked by the document which fields of a body it refuses: a field is
/// required when a body without it is refused, and nullable only when an explicit null passes.
/// </summary>
public interface IBodyValidation
{
    /// <summary>The wire names of the fields <paramref name="body"/> is refused for.</summary>
    IReadOnlySet<string> RefusedFields(object body, IServiceProvider services);
}
