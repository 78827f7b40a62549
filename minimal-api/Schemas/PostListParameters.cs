using Microsoft.AspNetCore.Mvc;

namespace MinimalApi.Schemas;

/// <summary>
/// GET /posts query parameters, bound as one dependency. They arrive as text and are read by the shared
/// <see cref="Blog.Domain.Paging.PostListQuery"/>, so a bad value gets the same 400 on every host.
/// </summary>
public sealed record PostListParameters(
    [FromQuery] string? Cursor,
    [FromQuery] string? Limit,
    [FromQuery] string? Status,
    [FromQuery(Name = "author_id")] string? AuthorId,
    [FromQuery] string? Tag,
    [FromQuery] string? Search,
    [FromQuery] string? Sort);
