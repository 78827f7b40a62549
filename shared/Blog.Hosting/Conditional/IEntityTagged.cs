namespace Blog.Hosting.Conditional;

/// <summary>
/// Endpoint metadata: the endpoint's JSON answers carry an ETag, and its GET answers If-None-Match with 304 (what the
/// OpenAPI document then says of it).
/// </summary>
public interface IEntityTagged;

/// <summary>The metadata object of an endpoint whose host tags its answers (<see cref="EntityTaggedResponse"/>).</summary>
public sealed class EntityTagged : IEntityTagged
{
    public static readonly EntityTagged Instance = new();

    private EntityTagged()
    {
    }
}
