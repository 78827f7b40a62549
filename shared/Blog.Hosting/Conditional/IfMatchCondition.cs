using System.Text.Json;
using Blog.Domain.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Blog.Hosting.Conditional;

/// <summary>
/// A write's <c>If-Match</c>, checked last — under the resource's row lock, after every other check — against the
/// tag of the representation a GET by the caller would get at that moment, so that of two writes sent with one tag
/// exactly one succeeds. Absent (null) when the request has no If-Match: the write then goes ahead as before.
/// </summary>
public sealed class IfMatchCondition(StringValues header)
{
    public const string Changed = "The post has changed since it was read: fetch it again and retry.";

    /// <summary>The request's condition, or null without an <c>If-Match</c> header (also how minimal APIs bind it).</summary>
    public static IfMatchCondition? From(HttpRequest request) =>
        request.Headers.IfMatch is { Count: > 0 } header ? new IfMatchCondition(header) : null;

    public static ValueTask<IfMatchCondition?> BindAsync(HttpContext context) => ValueTask.FromResult(From(context.Request));

    /// <summary>
    /// Passes when the list is <c>*</c> (the resource exists, which the caller has checked) or names the current
    /// representation: <paramref name="current"/>, read only when a tag must be compared, written as the host's JSON
    /// options write it.
    /// </summary>
    public async Task RequireAsync<T>(Func<Task<T>> current, JsonSerializerOptions json)
    {
        if (EntityTagHeaderValue.TryParseStrictList(header, out var tags) && tags.Any(t => t.Equals(EntityTagHeaderValue.Any))) return;
        if (!EntityTagLists.AnyMatchesStrongly(header, EntityTag.OfJson(await current(), json))) throw new PreconditionFailedError(Changed);
    }
}
