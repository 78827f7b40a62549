using System.Net.Sockets;
using System.Text;

namespace Blog.CrossHost.Tests;

/// <summary>
/// HTTP/1.1 written by hand on a TcpClient, for requests no HTTP client library sends (a body whose chunked framing
/// is broken). The answer is read until the server closes the connection and parsed into a response message.
/// </summary>
public static class RawHttp
{
    /// <summary>
    /// Sends the request line, <paramref name="headers"/>, `Connection: close` and <paramref name="body"/> exactly as
    /// given; half-closes the connection after them when asked. Null when the server closed without answering.
    /// </summary>
    public static async Task<HttpResponseMessage?> SendAsync(
        Uri server, HttpMethod method, string target, IEnumerable<string> headers, string body, bool halfClose,
        TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancel.Token);
        var stream = client.GetStream();
        var head = $"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\n"
            + string.Concat(headers.Select(header => header + "\r\n")) + "Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head + body), cancel.Token);
        if (halfClose) client.Client.Shutdown(SocketShutdown.Send);

        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{method} {target}: the server did not close the connection within {timeout}.");
        }
        catch (IOException)
        {
            // Reset rather than closed: the server dropped the connection with request bytes it never read.
        }
        return received.Length == 0 ? null : Parse(received.ToArray(), new HttpRequestMessage(method, new Uri(server, target)));
    }

    private static HttpResponseMessage Parse(byte[] answer, HttpRequestMessage request)
    {
        var headEnd = answer.AsSpan().IndexOf("\r\n\r\n"u8);
        if (headEnd < 0) throw new InvalidDataException($"No end of headers in: {Encoding.UTF8.GetString(answer)}");
        var lines = Encoding.ASCII.GetString(answer, 0, headEnd).Split("\r\n");
        var status = lines[0].Split(' ', 3);
        var response = new HttpResponseMessage((HttpStatusCode)int.Parse(status[1])) { RequestMessage = request };
        var headers = lines.Skip(1).Select(line => line.Split(':', 2)).Select(pair => (Name: pair[0], Value: pair[1].Trim())).ToList();
        var body = answer.AsSpan(headEnd + 4);
        var chunked = headers.Any(header => header.Name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
            && header.Value.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        response.Content = new ByteArrayContent(chunked ? Dechunk(body) : body.ToArray());
        foreach (var (name, value) in headers)
            if (!response.Headers.TryAddWithoutValidation(name, value)) response.Content.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> chunked)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeEnd = chunked.IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(chunked[..sizeEnd]).Split(';')[0], 16);
            if (size == 0) return body.ToArray();
            body.Write(chunked.Slice(sizeEnd + 2, size));
            chunked = chunked[(sizeEnd + 2 + size + 2)..];
        }
    }
}
