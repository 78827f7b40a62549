namespace Blog.Hosting.Idempotency;

/// <summary>Endpoint metadata: the create honours <c>Idempotency-Key</c> (what the OpenAPI document then says of it).</summary>
public interface IIdempotentCreate;
