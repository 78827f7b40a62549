namespace Blog.Hosting.Live;

/// <summary>The names of the server-to-client messages of the hub (docs/contract.md, "Live updates").</summary>
public static class HubEvents
{
    public const string CommentCreated = "commentCreated";
    public const string CommentDeleted = "commentDeleted";
    public const string PostPublished = "postPublished";
}
