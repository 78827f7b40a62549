using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Conditional;

/// <summary>An answer written into memory instead of the wire, so that its bytes can be hashed or stored before they are sent.</summary>
public static class BufferedAnswer
{
    /// <summary>
    /// The body <paramref name="write"/> writes; its status and headers stay on the response, which has not started.
    /// </summary>
    public static async Task<byte[]> CaptureAsync(HttpContext context, Func<Task> write)
    {
        var response = context.Response;
        var wire = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await write();
            await response.BodyWriter.FlushAsync(context.RequestAborted);
        }
        finally
        {
            response.Body = wire;
        }
        return buffer.ToArray();
    }
}
