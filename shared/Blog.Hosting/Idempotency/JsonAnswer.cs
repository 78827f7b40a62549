using Blog.Hosting.Conditional;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Idempotency;

/// <summary>A JSON answer as bytes: what a keyed create stores, and what it and every retry send.</summary>
public sealed record JsonAnswer(int Status, byte[] Body, string? Location, bool Replayed = false) : IResult
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>The answer <paramref name="write"/> writes, captured instead of sent.</summary>
    public static async Task<JsonAnswer> CaptureAsync(HttpContext context, Func<Task> write)
    {
        var body = await BufferedAnswer.CaptureAsync(context, write);
        var location = context.Response.Headers.Location;
        return new JsonAnswer(context.Response.StatusCode, body, location.Count > 0 ? location.ToString() : null);
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        response.ContentType = "application/json; charset=utf-8";
        if (Location is not null) response.Headers.Location = Location;
        if (Replayed) response.Headers[ReplayedHeader] = "true";
        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, httpContext.RequestAborted);
    }
}
