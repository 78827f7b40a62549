using System.Text.Json;
using Blog.Hosting.Conditional;
using CarterModules.Data;

namespace CarterModules.Features.Posts;

/// <summary>A post write's If-Match, checked in the write's transaction once the post is locked and every other check passed.</summary>
public static class PostPrecondition
{
    /// <summary>412 unless the If-Match (if any) names the post as a GET by its author would get it now.</summary>
    public static Task RequireAsync(Db db, int id, IfMatchCondition? ifMatch, JsonSerializerOptions json, CancellationToken cancellationToken) =>
        ifMatch?.RequireAsync(() => Data.Posts.FindAsync(db, id, cancellationToken), json)
        ?? Task.CompletedTask;
}
