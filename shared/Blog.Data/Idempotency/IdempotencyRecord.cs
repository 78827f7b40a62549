namespace Blog.Data.Idempotency;

/// <summary>
/// The first answer to a create sent with an <c>Idempotency-Key</c>: written in the create's own transaction, so
/// that it exists exactly when the created row does, and replayed to every retry with the same key and request.
/// <see cref="RequestHash"/> is the SHA-256 of the method, path and body the key was first used with.
/// </summary>
public class IdempotencyRecord
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int StatusCode { get; set; }
    public string ResponseBody { get; set; } = "";
    public string? Location { get; set; }
    public DateTime CreatedAt { get; set; }
}
